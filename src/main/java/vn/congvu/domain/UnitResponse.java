package vn.congvu.domain;

/** Ý kiến của đơn vị: what the unit's representative said about the findings. */
public record UnitResponse(String id, String visitId, String speakerName, String speakerPosition, String text,
                           long revision) {
}
