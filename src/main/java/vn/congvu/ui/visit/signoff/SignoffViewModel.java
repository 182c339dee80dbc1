package vn.congvu.ui.visit.signoff;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.FieldProblem;
import vn.congvu.app.signoff.SignoffService;
import vn.congvu.app.signoff.SignoffService.SignatureDraft;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.DateInput;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sign-off tab: what the unit said, who signed the minutes or refused to and why, the end time, and
 * "Kết thúc kiểm tra". Every field saves itself; an end time before the start is marked in the field and
 * not saved, and the typed text stays.
 */
public final class SignoffViewModel {

    private final UiContext ctx;
    private final SignoffService service;
    private final AtomicLong generation = new AtomicLong();

    private final ReadOnlyObjectWrapper<Visit> visit = new ReadOnlyObjectWrapper<>(this, "visit");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private boolean loading;

    // the unit's response
    private final StringProperty speakerName = new SimpleStringProperty(this, "speakerName", "");
    private final StringProperty speakerPosition = new SimpleStringProperty(this, "speakerPosition", "");
    private final StringProperty responseText = new SimpleStringProperty(this, "responseText", "");
    private final Object responseKey = new Object();

    // signatures
    private final ObservableList<Signature> signatures = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Signature> signature = new ReadOnlyObjectWrapper<>(this, "signature");
    private final ReadOnlyBooleanWrapper signerOpen = new ReadOnlyBooleanWrapper(this, "signerOpen");
    private final ObjectProperty<SignerRole> role = new SimpleObjectProperty<>(this, "role", SignerRole.MEMBER);
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final ObjectProperty<SignatureStatus> status = new SimpleObjectProperty<>(this, "status",
            SignatureStatus.PENDING);
    private final StringProperty refusalReason = new SimpleStringProperty(this, "refusalReason", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError");
    private AtomicReference<String> signatureId = new AtomicReference<>();

    // the end of the visit
    private final StringProperty endText = new SimpleStringProperty(this, "endText", "");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper(this, "endError");
    private final Object endKey = new Object();

    public SignoffViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.workspace().signoff();
        for (var p : List.of(speakerName, speakerPosition, responseText)) {
            p.addListener((o, a, b) -> responseChanged());
        }
        for (var p : List.of(fullName, position, refusalReason)) {
            p.addListener((o, a, b) -> signerChanged());
        }
        role.addListener((o, a, b) -> signerChosen());
        status.addListener((o, a, b) -> signerChosen());
        endText.addListener((o, a, b) -> endChanged());
    }

    // --- properties ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Visit> visitProperty() {
        return visit.getReadOnlyProperty();
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty speakerNameProperty() {
        return speakerName;
    }

    public StringProperty speakerPositionProperty() {
        return speakerPosition;
    }

    public StringProperty responseTextProperty() {
        return responseText;
    }

    public ObservableList<Signature> signatures() {
        return signatures;
    }

    public ReadOnlyObjectProperty<Signature> signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signerOpenProperty() {
        return signerOpen.getReadOnlyProperty();
    }

    public ObjectProperty<SignerRole> roleProperty() {
        return role;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<SignatureStatus> statusProperty() {
        return status;
    }

    public StringProperty refusalReasonProperty() {
        return refusalReason;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public StringProperty endTextProperty() {
        return endText;
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    // --- words ---------------------------------------------------------------------------------------

    public String roleText(SignerRole r) {
        return ctx.messages().get(switch (r) {
            case UNIT_REPRESENTATIVE -> "ui.signoff.roleUnit";
            case TEAM_LEAD -> "ui.signoff.roleLead";
            case SECRETARY -> "ui.signoff.roleSecretary";
            case MEMBER -> "ui.signoff.roleMember";
        });
    }

    public String statusText(SignatureStatus s) {
        return ctx.messages().get(switch (s) {
            case PENDING -> "ui.signoff.statusPending";
            case SIGNED -> "ui.signoff.statusSigned";
            case REFUSED -> "ui.signoff.statusRefused";
        });
    }

    /** "Đang kiểm tra · bắt đầu 08:40 05/03/2025 · kết thúc 11:05 05/03/2025". */
    public String visitText() {
        Visit v = visit.get();
        if (v == null) {
            return "";
        }
        String status = ctx.messages().get(switch (v.status()) {
            case IN_PROGRESS -> "visit.status.IN_PROGRESS";
            case COMPLETED -> "visit.status.COMPLETED";
            case FINALISED -> "visit.status.FINALISED";
        });
        String start = v.startedAt() == null ? "" : DateInput.format(v.startedAt());
        return v.endedAt() == null ? ctx.messages().get("ui.signoff.visitStarted", status, start)
                : ctx.messages().get("ui.signoff.visitEnded", status, start, DateInput.format(v.endedAt()));
    }

    /** "2/4 đã ký", and how many refused when someone did. */
    public String signedText() {
        long signed = signatures.stream().filter(s -> s.status() == SignatureStatus.SIGNED).count();
        long refused = signatures.stream().filter(s -> s.status() == SignatureStatus.REFUSED).count();
        return refused == 0 ? ctx.messages().get("ui.signoff.signedCount", signed, signatures.size())
                : ctx.messages().get("ui.signoff.signedRefusedCount", signed, signatures.size(), refused);
    }

    public boolean canComplete() {
        return visit.get() != null && visit.get().status() == VisitStatus.IN_PROGRESS && !readOnly.get();
    }

    // --- loading -------------------------------------------------------------------------------------

    public void load(String visitId) {
        ctx.autosaver().flushAll();
        long g = generation.incrementAndGet();
        ctx.background().submit("sign-off of visit", p -> service.sheet(visitId), sheet -> {
            if (g != generation.get()) {
                return;
            }
            loading = true;
            try {
                visit.set(sheet.visit());
                speakerName.set(sheet.response() == null || sheet.response().speakerName() == null ? ""
                        : sheet.response().speakerName());
                speakerPosition.set(sheet.response() == null || sheet.response().speakerPosition() == null ? ""
                        : sheet.response().speakerPosition());
                responseText.set(sheet.response() == null ? "" : sheet.response().text());
                endText.set(DateInput.format(sheet.visit().endedAt()));
                endError.set(null);
                signatures.setAll(sheet.signatures());
            } finally {
                loading = false;
            }
            closeSigner();
            if (!signatures.isEmpty()) {
                selectSigner(signatures.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.signoff.loadFailed"), ctx.describe(failure)));
    }

    private boolean editable() {
        return !loading && visit.get() != null && !readOnly.get();
    }

    // --- the unit's response -------------------------------------------------------------------------

    private void responseChanged() {
        if (editable()) {
            ctx.autosaver().changed(responseKey, this::responseJob);
        }
    }

    public void commitResponse() {
        ctx.autosaver().commit(responseKey);
    }

    private Autosaver.Job<?> responseJob() {
        String v = visit.get().id();
        String name = speakerName.get();
        String pos = speakerPosition.get();
        String text = responseText.get();
        return new Autosaver.Job<>("unit response", p -> service.saveResponse(v, name, pos, text), saved -> { });
    }

    // --- signatures ----------------------------------------------------------------------------------

    private void closeSigner() {
        boolean was = loading;
        loading = true;
        try {
            signatureId = new AtomicReference<>();
            signature.set(null);
            signerOpen.set(false);
            role.set(SignerRole.MEMBER);
            fullName.set("");
            position.set("");
            status.set(SignatureStatus.PENDING);
            refusalReason.set("");
            nameError.set(null);
            reasonError.set(null);
        } finally {
            loading = was;
        }
    }

    /** Opens an empty signer; stored once it has a name. */
    public void addSigner() {
        if (readOnly.get() || visit.get() == null) {
            return;
        }
        ctx.autosaver().flushAll();
        closeSigner();
        signerOpen.set(true);
    }

    /** Lists the unit's representatives and the inspectors present as signers still to sign. */
    public void addSignersFromVisit() {
        if (readOnly.get() || visit.get() == null) {
            return;
        }
        ctx.autosaver().flushAll();
        String v = visit.get().id();
        ctx.background().save("signers from the visit", p -> service.addSignersFromVisit(v), all -> {
            signatures.setAll(all);
            if (signature.get() == null && !all.isEmpty()) {
                selectSigner(all.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.signoff.saveFailed"), ctx.describe(failure)));
    }

    public void selectSigner(Signature s) {
        if (s == null || s.id().equals(signatureId.get())) {
            return;
        }
        ctx.autosaver().flushAll();
        closeSigner();
        loading = true;
        try {
            signatureId = new AtomicReference<>(s.id());
            signature.set(s);
            signerOpen.set(true);
            role.set(s.role());
            fullName.set(s.fullName());
            position.set(s.position() == null ? "" : s.position());
            status.set(s.status());
            refusalReason.set(s.refusalReason() == null ? "" : s.refusalReason());
        } finally {
            loading = false;
        }
    }

    private void signerChanged() {
        if (!editable() || !signerOpen.get()) {
            return;
        }
        signerDraft();
        ctx.autosaver().changed(signatureId, this::signerJob);
    }

    private void signerChosen() {
        signerChanged();
        commitSigner();
    }

    public void commitSigner() {
        if (!loading) {
            ctx.autosaver().commit(signatureId);
        }
    }

    private SignatureDraft signerDraft() {
        SignatureDraft d = new SignatureDraft(signatureId.get(), visit.get().id(), role.get(), fullName.get(),
                position.get(), status.get(), refusalReason.get());
        List<FieldProblem> problems = SignoffService.check(d);
        nameError.set(message(problems, SignoffService.FULL_NAME));
        reasonError.set(message(problems, SignoffService.REFUSAL_REASON));
        return problems.isEmpty() ? d : null;
    }

    private String message(List<FieldProblem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .map(p -> ctx.messages().get(p.key(), p.args().toArray())).orElse(null);
    }

    private Autosaver.Job<?> signerJob() {
        SignatureDraft d = signerDraft();
        if (d == null) {
            return null;
        }
        AtomicReference<String> id = signatureId;
        return new Autosaver.Job<>("signature", p -> {
            Signature saved = service.saveSignature(new SignatureDraft(id.get(), d.visitId(), d.role(), d.fullName(),
                    d.position(), d.status(), d.refusalReason()));
            id.set(saved.id());
            return saved;
        }, saved -> {
            boolean found = false;
            for (int i = 0; i < signatures.size(); i++) {
                if (signatures.get(i).id().equals(saved.id())) {
                    signatures.set(i, saved);
                    found = true;
                }
            }
            if (!found) {
                signatures.add(saved);
            }
            if (id == signatureId) {
                signature.set(saved);
            }
        });
    }

    public void removeSigner() {
        Signature s = signature.get();
        if (s == null || readOnly.get()) {
            if (s == null && signerOpen.get()) {
                closeSigner();
            }
            return;
        }
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.signoff.removeTitle"),
                ctx.messages().get("ui.signoff.removeConfirm", s.fullName()))) {
            return;
        }
        ctx.autosaver().flushAll();
        ctx.background().save("remove signer", p -> {
            service.removeSignature(s.id());
            return s;
        }, removed -> {
            signatures.removeIf(x -> x.id().equals(removed.id()));
            closeSigner();
            if (!signatures.isEmpty()) {
                selectSigner(signatures.get(0));
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.signoff.saveFailed"), ctx.describe(failure)));
    }

    // --- the end of the visit ------------------------------------------------------------------------

    /** The end time typed, or null with the reason shown at the field. An empty field is a valid "no end yet". */
    private DateInput.Parsed<LocalDateTime> parsedEnd() {
        Visit v = visit.get();
        DateInput.Parsed<LocalDateTime> end = DateInput.dateTime(endText.get(), v.visitDate());
        if (!end.valid()) {
            endError.set(ctx.messages().get("ui.signoff.timeInvalid", endText.get().strip()));
            return end;
        }
        List<FieldProblem> problems = SignoffService.checkEnd(v, end.value());
        endError.set(message(problems, SignoffService.ENDED_AT));
        return problems.isEmpty() ? end : DateInput.Parsed.invalid();
    }

    private void endChanged() {
        if (editable()) {
            parsedEnd();
            ctx.autosaver().changed(endKey, this::endJob);
        }
    }

    public void commitEnd() {
        ctx.autosaver().commit(endKey);
    }

    private Autosaver.Job<?> endJob() {
        DateInput.Parsed<LocalDateTime> end = parsedEnd();
        if (!end.valid()) {
            return null;
        }
        String v = visit.get().id();
        return new Autosaver.Job<>("end of visit", p -> service.setEndTime(v, end.value()), saved -> {
            if (visit.get() != null && visit.get().id().equals(saved.id())) {
                visit.set(saved);
            }
        });
    }

    /**
     * Kết thúc kiểm tra: after the inspector confirms, sets the end time (the one typed, else now) and the
     * status "ended". An end time that is not valid stops it and stays marked.
     */
    public void completeVisit() {
        if (!canComplete()) {
            return;
        }
        DateInput.Parsed<LocalDateTime> typed = parsedEnd();
        if (!typed.valid()) {
            return;
        }
        LocalDateTime end = typed.value() != null ? typed.value() : service.now();
        if (SignoffService.checkEnd(visit.get(), end).size() > 0) {
            endError.set(message(SignoffService.checkEnd(visit.get(), end), SignoffService.ENDED_AT));
            return;
        }
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.signoff.completeTitle"),
                ctx.messages().get("ui.signoff.completeConfirm", DateInput.format(end)))) {
            return;
        }
        ctx.autosaver().flushAll();
        String v = visit.get().id();
        ctx.background().save("complete visit", p -> service.complete(v, end), saved -> {
            loading = true;
            try {
                visit.set(saved);
                endText.set(DateInput.format(saved.endedAt()));
                endError.set(null);
            } finally {
                loading = false;
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.signoff.completeFailed"), ctx.describe(failure)));
    }
}
