package vn.congvu.ui.plans;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;

import java.util.concurrent.atomic.AtomicReference;

/** One member of the team as edited on screen; saves itself through the autosaver under its own key. */
public final class MemberRow {

    /** The member's id once stored; the save that inserts it sets it for the saves after it. */
    final AtomicReference<String> id;
    final String teamId;
    final int sortOrder;
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final ObjectProperty<TeamRole> role = new SimpleObjectProperty<>(this, "role", TeamRole.MEMBER);

    MemberRow(TeamMember m, String teamId, int sortOrder) {
        this.id = new AtomicReference<>(m == null ? null : m.id());
        this.teamId = teamId;
        this.sortOrder = sortOrder;
        if (m != null) {
            fullName.set(m.fullName());
            position.set(m.position() == null ? "" : m.position());
            organisation.set(m.organisation() == null ? "" : m.organisation());
            role.set(m.role());
        }
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<TeamRole> roleProperty() {
        return role;
    }

    TeamMember toMember() {
        return new TeamMember(id.get(), teamId, fullName.get().trim(), blank(position.get()), blank(organisation.get()),
                role.get(), sortOrder, 0);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
