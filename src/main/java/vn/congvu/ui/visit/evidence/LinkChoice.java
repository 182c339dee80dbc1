package vn.congvu.ui.visit.evidence;

import vn.congvu.app.evidence.Link;

/** One entry of the "linked to" chooser: what it links to and how the inspector reads it. */
public record LinkChoice(Link link, String label) {

    @Override
    public String toString() {
        return label;
    }
}
