package vn.congvu.domain.scoring;

/**
 * The sampled dossiers of a visit (or summed over visits) by timeliness, as of a date.
 *
 * <p>{@code sampled = onTime + late + pendingOverdue + pending + undetermined}, where {@code pending} are
 * not returned and not yet due and {@code undetermined} have no due date. The three rates count TRUE out
 * of: all overdue dossiers for the apology slip (a slip not shown at the visit counts as not issued), and
 * the dossiers where the value was recorded for digitised and filed online.
 */
public record DossierTally(int sampled, int onTime, int late, int pendingOverdue, int pending, int undetermined,
                           Rate apologyAmongOverdue, Rate digitised, Rate filedOnline) {

    public static final DossierTally NONE =
            new DossierTally(0, 0, 0, 0, 0, 0, Rate.UNDEFINED, Rate.UNDEFINED, Rate.UNDEFINED);

    public DossierTally {
        if (onTime < 0 || late < 0 || pendingOverdue < 0 || pending < 0 || undetermined < 0
                || sampled != onTime + late + pendingOverdue + pending + undetermined) {
            throw new IllegalArgumentException("inconsistent dossier tally");
        }
        if (apologyAmongOverdue == null || digitised == null || filedOnline == null) {
            throw new NullPointerException("rates must not be null");
        }
        if (apologyAmongOverdue.denominator() != late + pendingOverdue) {
            throw new IllegalArgumentException("apology rate must be out of the overdue dossiers");
        }
        if (digitised.denominator() > sampled || filedOnline.denominator() > sampled) {
            throw new IllegalArgumentException("rate out of more dossiers than sampled");
        }
    }

    /** Hồ sơ quá hạn: returned late or still out past the due date. */
    public int overdue() {
        return late + pendingOverdue;
    }

    /**
     * On time out of the dossiers whose outcome is settled (on time or overdue); those not yet due and
     * those without a due date are left out because they are neither.
     */
    public Rate onTimeRate() {
        return new Rate(onTime, onTime + overdue());
    }

    /** Overdue out of all sampled, the figure summed for a plan. */
    public Rate overdueRate() {
        return new Rate(overdue(), sampled);
    }

    public DossierTally plus(DossierTally other) {
        return new DossierTally(sampled + other.sampled, onTime + other.onTime, late + other.late,
                pendingOverdue + other.pendingOverdue, pending + other.pending, undetermined + other.undetermined,
                apologyAmongOverdue.plus(other.apologyAmongOverdue), digitised.plus(other.digitised),
                filedOnline.plus(other.filedOnline));
    }
}
