package vn.congvu.ui.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congvu.app.Messages;
import vn.congvu.app.UnitNames;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A finalised version's canonical content (the JSON that was hashed) as text a person reads: the visit,
 * who was there, the answers, officials, dossiers, recommendations and signatures, one line each.
 */
public final class VersionText {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a section with nothing in it yet, replaced by a dash if nothing follows. */
    private static final String SECTION_MARK = "\u0000";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VersionText() {
    }

    /** The readable text; the JSON itself when it is not a form this knows. */
    public static String of(Messages m, String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            return content;
        }
        if (root == null || !root.has("visit")) {
            return content;
        }
        List<String> out = new ArrayList<>();
        JsonNode v = root.path("visit");
        out.add(m.get("ui.versions.visitLine", UnitNames.of(text(v.path("unit").path("kind")),
                text(v.path("unit").path("name"))), when(text(v.path("visit_date"))), when(text(v.path("started_at"))),
                when(text(v.path("ended_at")))));
        if (!text(v.path("minutes_number")).isEmpty()) {
            out.add(m.get("ui.versions.minutesNumber", text(v.path("minutes_number"))));
        }
        if (!text(v.path("overall_note")).isEmpty()) {
            out.add(text(v.path("overall_note")));
        }
        section(out, m.get("ui.versions.people"));
        for (JsonNode i : root.path("inspectors")) {
            out.add("• " + text(i.path("full_name")) + " – " + roleName(m, text(i.path("role"))));
        }
        for (JsonNode r : root.path("representatives")) {
            out.add("• " + join(text(r.path("full_name")), text(r.path("position"))));
        }
        section(out, m.get("ui.versions.answers"));
        for (JsonNode a : root.path("answers")) {
            String result = text(a.path("result"));
            String line = "• " + text(a.path("criterion")) + ": "
                    + (result.isEmpty() ? "—" : m.get("result." + resultName(result)));
            for (String field : List.of("value1", "value2", "choice", "note")) {
                if (!text(a.path(field)).isEmpty()) {
                    line += " · " + text(a.path(field));
                }
            }
            out.add(line);
        }
        section(out, m.get("ui.versions.officials"));
        for (JsonNode o : root.path("officials")) {
            String line = "• " + join(text(o.path("full_name")), text(o.path("position")));
            List<String> faults = new ArrayList<>();
            if (no(o.path("badge_worn"))) {
                faults.add(m.get("ui.versions.noBadge"));
            }
            if (no(o.path("dress_ok"))) {
                faults.add(m.get("ui.versions.badDress"));
            }
            if (no(o.path("present_at_post"))) {
                faults.add(m.get("ui.versions.absent"));
            }
            if (!text(o.path("note")).isEmpty()) {
                faults.add(text(o.path("note")));
            }
            out.add(faults.isEmpty() ? line : line + ": " + String.join(", ", faults));
        }
        section(out, m.get("ui.versions.dossiers"));
        for (JsonNode d : root.path("dossiers")) {
            out.add("• " + m.get("ui.versions.dossierLine", text(d.path("code")), text(d.path("procedure_name")),
                    when(text(d.path("received_at"))), when(text(d.path("returned_at")))));
        }
        section(out, m.get("ui.versions.recommendations"));
        for (JsonNode r : root.path("recommendations")) {
            out.add("• " + text(r.path("text")) + (text(r.path("deadline")).isEmpty() ? ""
                    : " (" + text(r.path("deadline")) + ")"));
            for (JsonNode a : r.path("actions")) {
                out.add("    – " + text(a.path("text")));
            }
        }
        section(out, m.get("ui.versions.signatures"));
        for (JsonNode s : root.path("signatures")) {
            out.add("• " + join(text(s.path("full_name")), text(s.path("position"))) + ": " + text(s.path("status"))
                    + (text(s.path("refusal_reason")).isEmpty() ? "" : " – " + text(s.path("refusal_reason"))));
        }
        section(out, "");
        return String.join("\n", out.subList(0, out.size() - 3).stream().filter(l -> !l.equals(SECTION_MARK))
                .toList()).strip();
    }

    private static void section(List<String> out, String title) {
        if (out.get(out.size() - 1).equals(SECTION_MARK)) {
            out.set(out.size() - 1, "—");
        }
        out.add("");
        out.add(title);
        out.add(SECTION_MARK);
    }

    /** "2025-03-05" as 05/03/2025 and "2025-03-05T08:40" as 05/03/2025 08:40; "—" when empty. */
    static String when(String iso) {
        if (iso.isEmpty()) {
            return "—";
        }
        try {
            if (iso.length() == 10) {
                return DATE.format(LocalDate.parse(iso));
            }
            return DATE_TIME.format(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String roleName(Messages m, String role) {
        return switch (role) {
            case "LEAD" -> m.get("team.role.LEAD");
            case "DEPUTY" -> m.get("team.role.DEPUTY");
            case "MEMBER" -> m.get("team.role.MEMBER");
            case "SECRETARY" -> m.get("team.role.SECRETARY");
            default -> role;
        };
    }

    private static String resultName(String result) {
        return switch (result) {
            case "PASS", "FAIL", "NA" -> result;
            default -> "NA";
        };
    }

    /** A flag recorded as false (0), as opposed to true or not recorded. */
    private static boolean no(JsonNode n) {
        return !n.isMissingNode() && !n.isNull() && (n.isBoolean() ? !n.asBoolean() : "0".equals(n.asText()));
    }

    private static String join(String name, String position) {
        return position.isEmpty() ? name : name + " – " + position;
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
