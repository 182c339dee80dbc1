package vn.congvu.app.imports;

import vn.congvu.app.AppException;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.text.TextFold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a table of units (columns code, type, name, and optionally address, phone, note, parent_code; in
 * English or Vietnamese) into units, checking every row. It never writes: {@link UnitImportPlan} does.
 */
public final class UnitImport {

    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}._/-]{1,20}");
    /** The space after "Phường"/"Xã" may be a no-break space, as TextFold treats it. */
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    static final String[] CODE_HEADERS = {"code", "ma", "ma_don_vi", "ma_so"};
    static final String[] TYPE_HEADERS = {"type", "kind", "loai", "loai_don_vi"};
    static final String[] NAME_HEADERS = {"name", "ten", "ten_don_vi"};
    static final String[] ADDRESS_HEADERS = {"address", "dia_chi"};
    static final String[] PHONE_HEADERS = {"phone", "dien_thoai", "so_dien_thoai"};
    static final String[] NOTE_HEADERS = {"note", "ghi_chu"};
    static final String[] PARENT_HEADERS = {"parent_code", "ma_don_vi_cha", "ma_cha"};

    private static final Map<String, UnitKind> KINDS = new HashMap<>();

    static {
        for (UnitKind k : UnitKind.values()) {
            KINDS.put(k.name().toLowerCase(), k);
        }
        KINDS.put("phuong", UnitKind.WARD);
        KINDS.put("xa", UnitKind.COMMUNE);
        KINDS.put("so", UnitKind.DEPARTMENT);
        KINDS.put("so, ban, nganh", UnitKind.DEPARTMENT);
        KINDS.put("so ban nganh", UnitKind.DEPARTMENT);
        KINDS.put("ban", UnitKind.DEPARTMENT);
        KINDS.put("nganh", UnitKind.DEPARTMENT);
        KINDS.put("trung tam", UnitKind.SERVICE_CENTRE);
        KINDS.put("trung tam phuc vu hanh chinh cong", UnitKind.SERVICE_CENTRE);
        KINDS.put("chi nhanh", UnitKind.BRANCH);
        KINDS.put("khac", UnitKind.OTHER);
    }

    /** A unit read from a row, and the code of its parent (resolved when the plan is made). */
    public record ParsedUnit(int row, Unit unit, String parentCode) {
    }

    private UnitImport() {
    }

    /** @throws ImportException listing every bad row; AppException when required columns are missing */
    public static List<ParsedUnit> parse(TabularReader.Table table) {
        List<String> missing = new ArrayList<>();
        if (!table.hasAny(TYPE_HEADERS)) {
            missing.add("type");
        }
        if (!table.hasAny(NAME_HEADERS)) {
            missing.add("name");
        }
        if (!missing.isEmpty()) {
            throw new AppException("error.import.missingColumns", String.join(", ", missing));
        }
        List<ParsedUnit> out = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> namesWithoutCode = new HashSet<>();
        for (TabularReader.TableRow row : table.rows()) {
            String code = row.get(CODE_HEADERS);
            String typeText = row.get(TYPE_HEADERS);
            String name = row.get(NAME_HEADERS);
            UnitKind kind = kindOf(typeText);
            int errorsBefore = errors.size();
            if (kind == null) {
                errors.add(typeText.isEmpty() ? new RowError(row.number(), "error.unit.typeMissing")
                        : new RowError(row.number(), "error.unit.typeUnknown", typeText));
            }
            name = withoutKindPrefix(name, kind);
            if (name.isEmpty()) {
                errors.add(new RowError(row.number(), "error.unit.nameMissing"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                errors.add(new RowError(row.number(), "error.unit.nameTooLong", MAX_NAME_LENGTH));
            }
            if (!code.isEmpty()) {
                if (!CODE.matcher(code).matches()) {
                    errors.add(new RowError(row.number(), "error.unit.codeInvalid", code));
                } else if (!codes.add(code)) {
                    errors.add(new RowError(row.number(), "error.unit.codeDuplicate", code));
                }
            } else if (kind != null && !name.isEmpty() && !namesWithoutCode.add(kind + "|" + TextFold.fold(name))) {
                // without a code, the name is what tells units apart: the same one twice would be two units
                errors.add(new RowError(row.number(), "error.unit.nameDuplicate", name));
            }
            if (errors.size() == errorsBefore) {
                Unit unit = new Unit(null, code.isEmpty() ? null : code, kind, name, null,
                        row.get(ADDRESS_HEADERS), row.get(PHONE_HEADERS), row.get(NOTE_HEADERS), 0);
                String parent = row.get(PARENT_HEADERS);
                out.add(new ParsedUnit(row.number(), unit, parent.isEmpty() ? null : parent));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        if (out.isEmpty()) {
            throw new AppException("error.import.noRows");
        }
        return out;
    }

    static UnitKind kindOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return KINDS.get(TextFold.fold(text));
    }

    /** "Phường Ba Đình" typed with type Phường is stored as "Ba Đình", as the ward list has it. */
    static String withoutKindPrefix(String name, UnitKind kind) {
        String trimmed = name == null ? "" : name.trim();
        String prefix = kind == UnitKind.WARD ? "phuong " : kind == UnitKind.COMMUNE ? "xa " : null;
        if (prefix != null && TextFold.fold(trimmed).startsWith(prefix)) {
            Matcher space = SPACE.matcher(trimmed);
            String rest = space.find() ? trimmed.substring(space.end()).trim() : "";
            return rest.isEmpty() ? trimmed : rest;
        }
        return trimmed;
    }
}
