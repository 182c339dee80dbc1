package vn.congvu.app;

import vn.congvu.domain.Unit;

/**
 * The name of a unit as it is written in documents: wards and communes with their "Phường"/"Xã"
 * prefix, which is part of the proper name in Vietnamese administrative writing, not UI text.
 */
public final class UnitNames {

    private UnitNames() {
    }

    public static String of(Unit unit) {
        return of(unit.kind().name(), unit.name());
    }

    public static String of(String kind, String name) {
        return switch (kind) {
            case "WARD" -> "Phường " + name;
            case "COMMUNE" -> "Xã " + name;
            default -> name;
        };
    }
}
