package vn.congvu.domain;

/** A body whose one-stop counter is inspected. {@code name} is without the "Phường"/"Xã" prefix for wards and communes. */
public record Unit(String id, String code, UnitKind kind, String name, String parentId,
                   String address, String phone, String note, long revision) {

    public Unit withId(String newId) {
        return new Unit(newId, code, kind, name, parentId, address, phone, note, revision);
    }
}
