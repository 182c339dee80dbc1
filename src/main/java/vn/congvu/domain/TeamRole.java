package vn.congvu.domain;

public enum TeamRole {
    /** Trưởng đoàn */
    LEAD,
    /** Phó trưởng đoàn */
    DEPUTY,
    /** Thành viên */
    MEMBER,
    /** Thư ký */
    SECRETARY
}
