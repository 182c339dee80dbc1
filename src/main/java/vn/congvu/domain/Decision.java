package vn.congvu.domain;

import java.time.LocalDate;

/** The Quyết định that set up a team (number such as "125/QĐ-UBND"). */
public record Decision(String id, String number, LocalDate signedOn, String signer, String issuer,
                       String title, long revision) {
}
