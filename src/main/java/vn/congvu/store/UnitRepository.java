package vn.congvu.store;

import vn.congvu.domain.Counter;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.congvu.store.Columns.blankToNull;
import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Units (wards, communes, departments, service-centre branches) and their counters. */
public final class UnitRepository {

    private static final String COLUMNS = "id, revision, code, kind, name, parent_id, address, phone, note";

    private final RecordWriter writer;

    public UnitRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<Unit> listLive(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM units WHERE deleted = 0", UnitRepository::map);
    }

    public Optional<Unit> find(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM units WHERE id = ? AND deleted = 0", UnitRepository::map, id);
    }

    public Optional<Unit> findByCode(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM units WHERE code = ? AND deleted = 0",
                UnitRepository::map, code);
    }

    /** Codes ever used, live or deleted: seeding must not bring back a unit the user deleted. */
    public Set<String> allCodesEverUsed(Connection c) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT code FROM units WHERE code IS NOT NULL", rs -> rs.getString(1)));
    }

    public String insert(Connection c, Unit u) throws SQLException {
        return writer.insert(c, Table.UNITS, withId(u.id(), columns(u)));
    }

    public boolean update(Connection c, Unit u) throws SQLException {
        return writer.update(c, Table.UNITS, u.id(), columns(u), revisionOrNull(u.revision()));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.UNITS, id);
    }

    public List<Counter> counters(Connection c, String unitId) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, name, address, revision FROM counters WHERE unit_id = ? AND deleted = 0"
                        + " ORDER BY name",
                rs -> new Counter(rs.getString("id"), rs.getString("unit_id"), rs.getString("name"),
                        rs.getString("address"), rs.getLong("revision")), unitId);
    }

    public String insertCounter(Connection c, Counter counter) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unit_id", counter.unitId());
        values.put("name", counter.name());
        values.put("address", counter.address());
        return writer.insert(c, Table.COUNTERS, withId(counter.id(), values));
    }

    static Map<String, Object> columns(Unit u) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", blankToNull(u.code()));
        values.put("kind", u.kind());
        values.put("name", u.name().trim());
        values.put("parent_id", u.parentId());
        values.put("address", blankToNull(u.address()));
        values.put("phone", blankToNull(u.phone()));
        values.put("note", blankToNull(u.note()));
        return values;
    }

    static Unit map(ResultSet rs) throws SQLException {
        return new Unit(rs.getString("id"), rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("parent_id"), rs.getString("address"), rs.getString("phone"),
                rs.getString("note"), rs.getLong("revision"));
    }
}
