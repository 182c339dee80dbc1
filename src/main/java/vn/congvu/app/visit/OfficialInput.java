package vn.congvu.app.visit;

import vn.congvu.domain.Attitude;

/** An official on duty as typed into the table; the three observations are null when not observed. */
public record OfficialInput(String fullName, String position, Boolean badgeWorn, Boolean dressOk,
                            Boolean presentAtPost, Attitude attitude, String note, int sortOrder) {
}
