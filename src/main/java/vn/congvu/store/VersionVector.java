package vn.congvu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The causal history of one version of a record: for every laptop (device id), the highest revision of
 * that laptop's edits the version includes. A laptop's edits of one record form a chain of rising
 * revisions, so this map is enough to tell whether one version already includes another
 * ({@link #includes}) or the two were made apart (a conflict). Immutable.
 */
public final class VersionVector {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Long>> MAP = new TypeReference<>() {
    };

    public static final VersionVector EMPTY = new VersionVector(new TreeMap<>());

    private final TreeMap<String, Long> entries;

    private VersionVector(TreeMap<String, Long> entries) {
        this.entries = entries;
    }

    public static VersionVector of(Map<String, Long> entries) {
        TreeMap<String, Long> copy = new TreeMap<>();
        entries.forEach((device, revision) -> {
            if (device == null || device.isBlank() || revision == null || revision < 1) {
                throw new IllegalArgumentException("bad clock entry " + device + "=" + revision);
            }
            copy.put(device, revision);
        });
        return new VersionVector(copy);
    }

    public static VersionVector parse(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return of(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad clock " + json, e);
        }
    }

    /** This history plus the edit {@code (device, revision)}. */
    public VersionVector with(String device, long revision) {
        if (get(device) >= revision) {
            return this;
        }
        TreeMap<String, Long> copy = new TreeMap<>(entries);
        copy.put(device, revision);
        return new VersionVector(copy);
    }

    /** The union of both histories. */
    public VersionVector join(VersionVector other) {
        TreeMap<String, Long> copy = new TreeMap<>(entries);
        other.entries.forEach((d, r) -> copy.merge(d, r, Math::max));
        return new VersionVector(copy);
    }

    public long get(String device) {
        return entries.getOrDefault(device, 0L);
    }

    /** Whether the edit {@code (device, revision)} is part of this history. */
    public boolean includes(String device, long revision) {
        return get(device) >= revision;
    }

    public Map<String, Long> asMap() {
        return Collections.unmodifiableMap(entries);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- stored histories (table sync_clocks) ------------------------------------------------------

    /** The stored history of a record, if one was written. */
    public static Optional<VersionVector> stored(Connection c, String table, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT clock FROM sync_clocks WHERE tbl = ? AND id = ?",
                rs -> parse(rs.getString(1)), table, id);
    }

    public static void store(Connection c, String table, String id, VersionVector clock) throws SQLException {
        Sql.update(c, "INSERT INTO sync_clocks (tbl, id, clock) VALUES (?, ?, ?)"
                + " ON CONFLICT (tbl, id) DO UPDATE SET clock = excluded.clock", table, id, clock.toJson());
    }

    /**
     * Before a local edit overwrites a version made on another laptop, keeps that version's edit in the
     * record's history; otherwise the overwritten (device, revision) would be forgotten and the next
     * exchange would see a conflict where there is none.
     */
    static void rememberForeignVersion(Connection c, String table, String id, String device, long revision)
            throws SQLException {
        VersionVector current = stored(c, table, id).orElse(EMPTY);
        if (!current.includes(device, revision)) {
            store(c, table, id, current.with(device, revision));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionVector v && v.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
