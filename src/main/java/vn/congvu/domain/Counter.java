package vn.congvu.domain;

/** A one-stop counter (Bộ phận Một cửa) of a unit; a unit may have more than one place. */
public record Counter(String id, String unitId, String name, String address, long revision) {
}
