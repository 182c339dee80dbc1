package vn.congvu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Takes a package apart and puts it back together, to build broken and hostile packages in tests. */
final class Repack {

    static final ObjectMapper JSON = new ObjectMapper();

    private Repack() {
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    /** Writes the entries with a manifest whose sizes and hashes match them (so only what was changed is wrong). */
    static Path write(Path target, Map<String, byte[]> entries, Consumer<ObjectNode> manifestEdit) throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(PackageLayout.MANIFEST));
        ArrayNode list = manifest.putArray("entries");
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals(PackageLayout.MANIFEST)) {
                list.addObject().put("name", e.getKey()).put("size", e.getValue().length)
                        .put("sha256", PackageWriter.hex(PackageWriter.sha256().digest(e.getValue())));
            }
        }
        manifestEdit.accept(manifest);
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(PackageLayout.MANIFEST, JSON.writeValueAsBytes(manifest));
        return writeRaw(target, copy);
    }

    static Path writeRaw(Path target, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
        return target;
    }

    /** Edits the rows of one table's records: {@code edit} gets the parsed JSON. */
    static byte[] editRecords(byte[] json, Consumer<JsonNode> edit) throws IOException {
        JsonNode root = JSON.readTree(json);
        edit.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    /** Sets column {@code column} of every row of a records entry. */
    static byte[] setColumn(byte[] json, String column, Object value) throws IOException {
        return editRecords(json, root -> {
            int ix = -1;
            int i = 0;
            for (JsonNode c : root.path("columns")) {
                if (c.asText().equals(column)) {
                    ix = i;
                }
                i++;
            }
            for (JsonNode row : root.path("rows")) {
                if (value == null) {
                    ((ArrayNode) row).set(ix, JSON.nullNode());
                } else {
                    ((ArrayNode) row).set(ix, JSON.valueToTree(value));
                }
            }
        });
    }
}
