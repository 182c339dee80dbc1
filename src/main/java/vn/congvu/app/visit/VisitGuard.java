package vn.congvu.app.visit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.congvu.app.AppException;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VisitRepository;

/**
 * The checks every service that edits a part of a visit makes first, inside its transaction: the visit
 * exists, and it is not finalised (a finalised visit changes only through a reopen, which leaves a version).
 */
public final class VisitGuard {

    /** Reads the records of one visit, as a repository does. */
    @FunctionalInterface
    public interface VisitRows<T> {
        List<T> of(Connection c, String visitId) throws SQLException;
    }

    private VisitGuard() {
    }

    public static Visit existing(VisitRepository visits, Connection c, String visitId) throws SQLException {
        return visits.find(c, visitId).orElseThrow(() -> new AppException("error.visit.notFound", visitId));
    }

    public static Visit editable(VisitRepository visits, Connection c, String visitId) throws SQLException {
        Visit v = existing(visits, c, visitId);
        if (v.status() == VisitStatus.FINALISED) {
            throw new AppException("error.visit.finalised");
        }
        return v;
    }

    /**
     * A live record of a visit's table found by its id, read the way its repository reads the visit's
     * records (so it comes back mapped exactly as the lists show it).
     */
    public static <T> Optional<T> record(Connection c, Table table, String id, VisitRows<T> rowsOfVisit,
                                         Function<T, String> idOf) throws SQLException {
        if (table.visitColumn() == null || Table.VISITS == table) {
            throw new IllegalArgumentException(table + " does not hold records of a visit");
        }
        Optional<String> visitId = Sql.queryOne(c, "SELECT " + table.visitColumn() + " FROM " + table.sqlName()
                + " WHERE id = ? AND deleted = 0", rs -> rs.getString(1), id);
        if (visitId.isEmpty()) {
            return Optional.empty();
        }
        return rowsOfVisit.of(c, visitId.get()).stream().filter(r -> idOf.apply(r).equals(id)).findFirst();
    }
}
