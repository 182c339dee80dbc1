package vn.congvu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what the package is, who made it, what it covers and, for every other entry,
 * its size and SHA-256.
 */
public record Manifest(int formatVersion, int schemaVersion, String appVersion, String packageId, Instant createdAt,
                       String sourceDevice, String sourceAuthor, Scope scope, Map<String, Integer> counts,
                       List<Entry> entries) {

    /** One entry of the zip. */
    public record Entry(String name, long size, String sha256) {
    }

    /**
     * What the package covers: {@code ALL} records, one {@code PLAN}, chosen {@code VISITS}; with
     * {@code sinceLastTo} only what changed since the last package made for that person.
     */
    public record Scope(String kind, String planId, String planNumber, List<String> visitIds, String sinceLastTo) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", PackageLayout.FORMAT);
        root.put("formatVersion", formatVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("appVersion", appVersion);
        root.put("packageId", packageId);
        root.put("createdAt", createdAt.toString());
        ObjectNode source = root.putObject("source");
        source.put("device", sourceDevice);
        source.put("inspector", sourceAuthor);
        ObjectNode s = root.putObject("scope");
        s.put("kind", scope.kind());
        s.put("planId", scope.planId());
        s.put("planNumber", scope.planNumber());
        ArrayNode visits = s.putArray("visitIds");
        scope.visitIds().forEach(visits::add);
        s.put("sinceLastTo", scope.sinceLastTo());
        ObjectNode c = root.putObject("counts");
        counts.forEach(c::put);
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            list.addObject().put("name", e.name()).put("size", e.size()).put("sha256", e.sha256());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a manifest; anything that is not one of ours is NOT_A_PACKAGE, a newer one NEWER_FORMAT. */
    static Manifest parse(byte[] bytes, int supportedSchema) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.NOT_A_PACKAGE, "manifest");
        }
        if (root == null || !root.isObject() || !PackageLayout.FORMAT.equals(root.path("format").asText())) {
            throw new PackageException(PackageException.Problem.NOT_A_PACKAGE, "manifest");
        }
        int format = root.path("formatVersion").asInt(0);
        int schema = root.path("schemaVersion").asInt(0);
        if (format > PackageLayout.FORMAT_VERSION || schema > supportedSchema) {
            throw new PackageException(PackageException.Problem.NEWER_FORMAT, format + "/" + schema,
                    root.path("appVersion").asText("?"));
        }
        if (format < 1 || schema < 1) {
            throw new PackageException(PackageException.Problem.DAMAGED, "manifest versions");
        }
        try {
            JsonNode s = root.path("scope");
            List<String> visitIds = new ArrayList<>();
            s.path("visitIds").forEach(v -> visitIds.add(v.asText()));
            Scope scope = new Scope(s.path("kind").asText("ALL"), text(s, "planId"), text(s, "planNumber"),
                    visitIds, text(s, "sinceLastTo"));
            Map<String, Integer> counts = new LinkedHashMap<>();
            root.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("entries")) {
                String sha = e.path("sha256").asText("");
                if (!e.path("name").isTextual() || !e.path("size").canConvertToLong() || !sha.matches("[0-9a-f]{64}")) {
                    throw new PackageException(PackageException.Problem.DAMAGED, "manifest entry " + e);
                }
                entries.add(new Entry(e.path("name").asText(), e.path("size").asLong(), sha));
            }
            String device = root.path("source").path("device").asText("");
            String packageId = root.path("packageId").asText("");
            if (device.isBlank() || packageId.isBlank()) {
                throw new PackageException(PackageException.Problem.DAMAGED, "manifest source");
            }
            return new Manifest(format, schema, root.path("appVersion").asText(""), packageId,
                    Instant.parse(root.path("createdAt").asText()), device, text(root.path("source"), "inspector"),
                    scope, counts, entries);
        } catch (RuntimeException e) {
            if (e instanceof PackageException pe) {
                throw pe;
            }
            throw new PackageException(e, PackageException.Problem.DAMAGED, "manifest");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
