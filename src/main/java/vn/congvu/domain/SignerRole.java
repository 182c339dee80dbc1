package vn.congvu.domain;

public enum SignerRole {
    UNIT_REPRESENTATIVE, TEAM_LEAD, SECRETARY, MEMBER
}
