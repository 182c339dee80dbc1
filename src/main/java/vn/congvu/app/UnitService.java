package vn.congvu.app;

import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;
import vn.congvu.app.imports.TabularReader;
import vn.congvu.app.imports.UnitImport;
import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.text.TextFold;
import vn.congvu.domain.text.VietnameseOrder;
import vn.congvu.store.Database;
import vn.congvu.store.SearchRepository;
import vn.congvu.store.Sql;
import vn.congvu.store.UnitRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The catalogue of units: listing, type-ahead search, editing and importing. */
public final class UnitService {

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}._/-]{1,20}");

    private final Database db;
    private final UnitRepository units;
    private final SearchRepository search = new SearchRepository();
    private final Comparator<Unit> order;

    UnitService(Database db, UnitRepository units) {
        this.db = db;
        this.units = units;
        this.order = Comparator.comparing(Unit::kind).thenComparing(Unit::name, new VietnameseOrder());
    }

    /** Live units by kind then Vietnamese alphabetical order; only those matching {@code query} if given. */
    public List<Unit> list(String query) {
        return db.read(c -> {
            if (query == null || query.isBlank()) {
                List<Unit> all = new ArrayList<>(units.listLive(c));
                all.sort(order);
                return all;
            }
            List<Unit> found = new ArrayList<>();
            for (SearchHit hit : search.search(c, query, List.of(SearchKind.UNIT), 500)) {
                units.find(c, hit.refId()).ifPresent(found::add);
            }
            return found;
        });
    }

    public Optional<Unit> find(String id) {
        return db.read(c -> units.find(c, id));
    }

    /** Creates or changes a unit after checking it. Returns the stored unit. */
    public Unit save(Unit unit) {
        validate(unit);
        return db.write(c -> {
            checkCodeFree(c, unit);
            if (unit.id() == null || units.find(c, unit.id()).isEmpty()) {
                String id = units.insert(c, unit);
                return units.find(c, id).orElseThrow();
            }
            units.update(c, unit);
            return units.find(c, unit.id()).orElseThrow();
        });
    }

    /** Deletes a unit nobody visited; a unit with visits is kept so that their history stays whole. */
    public void delete(String id) {
        db.write(c -> {
            if (Sql.queryLong(c, "SELECT count(*) FROM visits WHERE unit_id = ? AND deleted = 0", id) > 0) {
                throw new AppException("error.unit.hasVisits");
            }
            return units.delete(c, id);
        });
    }

    static void validate(Unit unit) {
        if (unit.kind() == null) {
            throw new AppException("error.unit.typeMissing");
        }
        if (unit.name() == null || unit.name().isBlank()) {
            throw new AppException("error.unit.nameMissing");
        }
        if (unit.name().trim().length() > UnitImport.MAX_NAME_LENGTH) {
            throw new AppException("error.unit.nameTooLong", UnitImport.MAX_NAME_LENGTH);
        }
        if (unit.code() != null && !unit.code().isBlank() && !CODE.matcher(unit.code().trim()).matches()) {
            throw new AppException("error.unit.codeInvalid", unit.code());
        }
    }

    private void checkCodeFree(Connection c, Unit unit) throws SQLException {
        if (unit.code() == null || unit.code().isBlank()) {
            return;
        }
        Optional<Unit> holder = units.findByCode(c, unit.code().trim());
        if (holder.isPresent() && !holder.get().id().equals(unit.id())) {
            throw new AppException("error.unit.codeTaken", unit.code().trim());
        }
    }

    // --- import --------------------------------------------------------------------------------------

    /** Reads and checks a .csv or .xlsx of units and works out, row by row, what importing it would do. */
    public UnitImportPlan planImport(Path file) {
        List<UnitImport.ParsedUnit> parsed = UnitImport.parse(TabularReader.read(file));
        return db.read(c -> plan(c, parsed));
    }

    UnitImportPlan plan(Connection c, List<UnitImport.ParsedUnit> parsed) throws SQLException {
        List<Unit> live = units.listLive(c);
        Map<String, Unit> byCode = new HashMap<>();
        Map<String, Unit> byName = new HashMap<>();
        for (Unit u : live) {
            if (u.code() != null) {
                byCode.put(u.code(), u);
            }
            byName.put(nameKey(u.kind(), u.name()), u);
        }
        Set<String> fileCodes = new HashSet<>();
        for (UnitImport.ParsedUnit p : parsed) {
            if (p.unit().code() != null) {
                fileCodes.add(p.unit().code());
            }
        }
        List<UnitImportPlan.Entry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (UnitImport.ParsedUnit p : parsed) {
            Unit proposed = p.unit();
            if (p.parentCode() != null && !byCode.containsKey(p.parentCode()) && !fileCodes.contains(p.parentCode())) {
                errors.add(new RowError(p.row(), "error.unit.parentUnknown", p.parentCode()));
                continue;
            }
            Unit existing = proposed.code() != null ? byCode.get(proposed.code())
                    : byName.get(nameKey(proposed.kind(), proposed.name()));
            if (existing == null) {
                entries.add(new UnitImportPlan.Entry(p.row(), proposed, null, p.parentCode(),
                        UnitImportPlan.Action.NEW));
                continue;
            }
            Unit merged = new Unit(existing.id(), proposed.code() != null ? proposed.code() : existing.code(),
                    proposed.kind(), proposed.name(), existing.parentId(), orKeep(proposed.address(), existing.address()),
                    orKeep(proposed.phone(), existing.phone()), orKeep(proposed.note(), existing.note()),
                    existing.revision());
            boolean same = Objects.equals(merged.code(), existing.code()) && merged.kind() == existing.kind()
                    && merged.name().equals(existing.name()) && Objects.equals(merged.address(), existing.address())
                    && Objects.equals(merged.phone(), existing.phone()) && Objects.equals(merged.note(), existing.note())
                    && (p.parentCode() == null || Objects.equals(byCode.get(p.parentCode()) == null ? null
                    : byCode.get(p.parentCode()).id(), existing.parentId()));
            entries.add(new UnitImportPlan.Entry(p.row(), merged, existing, p.parentCode(),
                    same ? UnitImportPlan.Action.UNCHANGED : UnitImportPlan.Action.UPDATE));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        return new UnitImportPlan(entries);
    }

    /** Writes a plan in one transaction: all of it, or nothing. */
    public UnitImportPlan applyImport(UnitImportPlan plan) {
        return db.write(c -> {
            apply(c, plan);
            return plan;
        });
    }

    void apply(Connection c, UnitImportPlan plan) throws SQLException {
        Map<String, String> idByCode = new HashMap<>();
        for (Unit u : units.listLive(c)) {
            if (u.code() != null) {
                idByCode.put(u.code(), u.id());
            }
        }
        Map<String, String> parentCodeById = new HashMap<>();
        for (UnitImportPlan.Entry e : plan.entries()) {
            String id = switch (e.action()) {
                case NEW -> units.insert(c, e.proposed());
                case UPDATE -> {
                    units.update(c, e.proposed());
                    yield e.proposed().id();
                }
                case UNCHANGED -> e.proposed().id();
            };
            if (e.proposed().code() != null) {
                idByCode.put(e.proposed().code(), id);
            }
            if (e.parentCode() != null) {
                parentCodeById.put(id, e.parentCode());
            }
        }
        // a parent may come later in the file than its children, so link them once all exist
        for (Map.Entry<String, String> link : parentCodeById.entrySet()) {
            Unit stored = units.find(c, link.getKey()).orElseThrow();
            units.update(c, new Unit(stored.id(), stored.code(), stored.kind(), stored.name(),
                    idByCode.get(link.getValue()), stored.address(), stored.phone(), stored.note(), stored.revision()));
        }
    }

    private static String orKeep(String proposed, String existing) {
        return proposed == null || proposed.isBlank() ? existing : proposed;
    }

    private static String nameKey(UnitKind kind, String name) {
        return kind + "|" + TextFold.fold(name);
    }
}
