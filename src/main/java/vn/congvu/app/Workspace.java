package vn.congvu.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.evidence.EvidenceService;
import vn.congvu.app.followup.FollowUpService;
import vn.congvu.app.signoff.SignoffService;
import vn.congvu.app.visit.VisitRecordingService;
import vn.congvu.app.visit.VisitSetupService;
import vn.congvu.app.export.ExportService;
import vn.congvu.app.exchange.AuditService;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.app.exchange.FinalisationService;
import vn.congvu.exchange.KdfParams;
import vn.congvu.exchange.PackageCrypto;
import vn.congvu.exchange.PackageLimits;
import vn.congvu.app.backup.BackupService;
import vn.congvu.store.Actor;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.CalendarRepository;
import vn.congvu.store.Database;
import vn.congvu.store.DossierRepository;
import vn.congvu.store.EvidenceRepository;
import vn.congvu.store.FollowUpRepository;
import vn.congvu.store.IdGenerator;
import vn.congvu.store.OfficialRepository;
import vn.congvu.store.PlanRepository;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.SettingsRepository;
import vn.congvu.store.SignoffRepository;
import vn.congvu.store.StoreException;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.UnitRepository;
import vn.congvu.store.VisitRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * One open database with everything that works on it: the repositories and the use cases the UI and
 * the command line share. Built once at start-up and passed on; nothing here is static.
 */
public final class Workspace implements AutoCloseable {

    public static final String SETTING_DEVICE_ID = "device.id";
    public static final String SETTING_PROFILE_NAME = "profile.name";

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Database db;
    private final Clock clock;
    private final RecordWriter writer;
    private volatile Actor actor;

    private final UnitRepository unitRepository;
    private final PlanRepository planRepository;
    private final TemplateRepository templateRepository;
    private final VisitRepository visitRepository;
    private final AnswerRepository answerRepository;
    private final OfficialRepository officialRepository;
    private final DossierRepository dossierRepository;
    private final FollowUpRepository followUpRepository;
    private final SignoffRepository signoffRepository;
    private final EvidenceRepository evidenceRepository;
    private final CalendarRepository calendarRepository;
    private final SettingsRepository settingsRepository;

    private final UnitService units;
    private final TemplateService templates;
    private final CalendarService calendar;
    private final PlanService plans;
    private final VisitService visits;
    private final StatsService stats;
    private final SettingsService settings;
    private final DashboardService dashboards;
    private final SearchService search;
    private final EvidenceService evidence;
    private final FollowUpService followUps;
    private final SignoffService signoff;
    private final VisitRecordingService visitRecording;
    private final VisitSetupService visitSetup;
    private final ExportService exports;
    private final ExchangeService exchange;
    private final FinalisationService finalisation;
    private final AuditService audit;
    private final BackupService backups;

    private Workspace(Database db, Clock clock, IdGenerator ids) {
        this.db = db;
        this.clock = clock;
        this.writer = new RecordWriter(() -> actor, clock, ids);
        this.unitRepository = new UnitRepository(writer);
        this.planRepository = new PlanRepository(writer);
        this.templateRepository = new TemplateRepository(writer);
        this.visitRepository = new VisitRepository(writer);
        this.answerRepository = new AnswerRepository(writer);
        this.officialRepository = new OfficialRepository(writer);
        this.dossierRepository = new DossierRepository(writer);
        this.followUpRepository = new FollowUpRepository(writer);
        this.signoffRepository = new SignoffRepository(writer);
        this.evidenceRepository = new EvidenceRepository(writer);
        this.calendarRepository = new CalendarRepository(writer);
        this.settingsRepository = new SettingsRepository(writer);
        this.units = new UnitService(db, unitRepository);
        this.templates = new TemplateService(db, templateRepository);
        this.calendar = new CalendarService(db, calendarRepository, settingsRepository);
        this.plans = new PlanService(db, planRepository, unitRepository, clock);
        this.visits = new VisitService(db, visitRepository, templateRepository, answerRepository, unitRepository,
                followUpRepository);
        this.stats = new StatsService(db);
        this.settings = new SettingsService(this, db, settingsRepository);
        this.dashboards = new DashboardService(this, clock);
        this.search = new SearchService(db);
        this.evidence = new EvidenceService(db, evidenceRepository, visitRepository, templateRepository,
                officialRepository, dossierRepository);
        this.followUps = new FollowUpService(db, followUpRepository, visitRepository, templateRepository, clock);
        this.signoff = new SignoffService(db, signoffRepository, visitRepository, clock);
        this.visitRecording = new VisitRecordingService(db, visitRepository, templateRepository, answerRepository,
                officialRepository, dossierRepository, evidenceRepository, unitRepository, planRepository, visits,
                calendar);
        this.visitSetup = new VisitSetupService(db, planRepository, unitRepository);
        this.exports = new ExportService(this);
        this.exchange = new ExchangeService(db, writer, db.file().toAbsolutePath().getParent(), AppVersion.current(),
                new PackageCrypto(new SecureRandom()), KdfParams.DEFAULT, PackageLimits.DEFAULT);
        this.finalisation = new FinalisationService(db, writer);
        this.audit = new AuditService(db);
        this.backups = new BackupService(db, clock);
    }

    /**
     * Opens the database at {@code file}, creating it when {@code create} is set, migrating its schema,
     * identifying this laptop and seeding reference data that is missing.
     *
     * @throws AppException with a message for the user when the file cannot be used; nothing is written then
     */
    public static Workspace open(Path file, boolean create, Clock clock) {
        BackupService.finishInterruptedRestore(file);
        Database db;
        try {
            db = Database.open(file, create ? Database.Mode.CREATE_OR_MIGRATE : Database.Mode.EXISTING_ONLY);
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, file);
        }
        Workspace ws = new Workspace(db, clock, IdGenerator.timeOrdered());
        try {
            ws.identifyDevice();
            new ReferenceData(ws).seedMissing();
        } catch (StoreException e) {
            db.close();
            throw StoreErrors.toAppException(e, file);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return ws;
    }

    /** Opens the database the app uses by default, creating its folder on first start. */
    public static Workspace openDefault(AppPaths paths, Clock clock) {
        Path file = paths.database(null);
        if (paths.isDefault(file)) {
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new AppException(e, "error.store.NOT_WRITABLE", file.getParent().toString());
            }
        }
        return open(file, true, clock);
    }

    private void identifyDevice() {
        String osUser = System.getProperty("user.name", "congvu");
        Optional<String> device = db.read(c -> settingsRepository.get(c, SETTING_DEVICE_ID));
        Optional<String> name = db.read(c -> settingsRepository.get(c, SETTING_PROFILE_NAME));
        String author = name.filter(n -> !n.isBlank()).orElse(osUser);
        if (device.isPresent()) {
            actor = new Actor(author, device.get());
            return;
        }
        String newDevice = writer.newId();
        actor = new Actor(author, newDevice);
        db.write(c -> settingsRepository.put(c, SETTING_DEVICE_ID, newDevice));
        LOG.info("this laptop is device {}", newDevice);
    }

    /** Sets the inspector's name, stamped on every change from now on. */
    public void setProfileName(String name) {
        String trimmed = name == null ? "" : name.trim();
        db.write(c -> settingsRepository.put(c, SETTING_PROFILE_NAME, trimmed));
        actor = new Actor(trimmed.isEmpty() ? System.getProperty("user.name", "congvu") : trimmed, actor.device());
    }

    public UnitService units() {
        return units;
    }

    public TemplateService templates() {
        return templates;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public PlanService plans() {
        return plans;
    }

    public VisitService visits() {
        return visits;
    }

    public StatsService stats() {
        return stats;
    }

    public SearchService search() {
        return search;
    }

    public DashboardService dashboards() {
        return dashboards;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Minh chứng: files copied into the data folder, hashed, linked to what they show. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** Kiến nghị and biện pháp khắc phục of visits. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** The unit's response, signatures and the end of a visit. */
    public SignoffService signoff() {
        return signoff;
    }

    /** Recording a visit in the workspace: loading it whole, saving answers, officials, dossiers. */
    public VisitRecordingService visitRecording() {
        return visitRecording;
    }

    /** What starting a visit offers: a plan's teams and units. */
    public VisitSetupService visitSetup() {
        return visitSetup;
    }

    /** Word and Excel documents: the minutes, the team's report, the summary workbook. */
    public ExportService exports() {
        return exports;
    }

    /** Packages between laptops and the conflicts they bring. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** Finalising and reopening visits; the hash the minutes print. */
    public FinalisationService finalisation() {
        return finalisation;
    }

    public AuditService audit() {
        return audit;
    }

    /**
     * Backups of this database. After a visit is finalised (its transaction committed), call
     * {@code backups().afterFinalisation(visitId)} off the UI thread; it never throws.
     */
    public BackupService backups() {
        return backups;
    }

    public Actor actor() {
        return actor;
    }

    public Database db() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    public Path evidenceDir() {
        return AppPaths.evidenceDir(db.file());
    }

    public Clock clock() {
        return clock;
    }

    public RecordWriter writer() {
        return writer;
    }

    public UnitRepository unitRepository() {
        return unitRepository;
    }

    public PlanRepository planRepository() {
        return planRepository;
    }

    public TemplateRepository templateRepository() {
        return templateRepository;
    }

    public VisitRepository visitRepository() {
        return visitRepository;
    }

    public AnswerRepository answerRepository() {
        return answerRepository;
    }

    public OfficialRepository officialRepository() {
        return officialRepository;
    }

    public DossierRepository dossierRepository() {
        return dossierRepository;
    }

    public FollowUpRepository followUpRepository() {
        return followUpRepository;
    }

    public SignoffRepository signoffRepository() {
        return signoffRepository;
    }

    public EvidenceRepository evidenceRepository() {
        return evidenceRepository;
    }

    public CalendarRepository calendarRepository() {
        return calendarRepository;
    }

    public SettingsRepository settingsRepository() {
        return settingsRepository;
    }

    @Override
    public void close() {
        db.close();
    }
}
