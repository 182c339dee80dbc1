package vn.congvu.testing;

import vn.congvu.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: records what was shown and answers from a script. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final List<Path> opened = new ArrayList<>();
    /** Answers to {@link #choose}: the index of the choice, or -1 for Cancel; 0 when empty. */
    public final Deque<Integer> chooseAnswers = new ArrayDeque<>();
    /** The choices offered by each {@link #choose}, in order. */
    public final List<List<String>> offered = new ArrayList<>();
    /** The folder and proposed name of each {@link #saveFileIn}. */
    public final List<String> saveProposals = new ArrayList<>();

    @Override
    public void showError(String header, String text) {
        errors.add(header + ": " + text);
    }

    @Override
    public void showInfo(String header, String text) {
        infos.add(header + ": " + text);
    }

    @Override
    public boolean confirm(String header, String text) {
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }

    @Override
    public Optional<Integer> choose(String header, String text, List<String> choices) {
        offered.add(List.copyOf(choices));
        int answer = chooseAnswers.isEmpty() ? 0 : chooseAnswers.pop();
        return answer < 0 ? Optional.empty() : Optional.of(answer);
    }

    @Override
    public Optional<Path> openFile(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> openFiles(String title, String filterDescription, String... extensions) {
        List<Path> all = new ArrayList<>(files);
        files.clear();
        return all;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String filterDescription, String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> saveFileIn(String title, Path folder, String suggestedName, String filterDescription,
                                     String... extensions) {
        saveProposals.add(folder + "|" + suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void openWithDesktop(Path path) {
        opened.add(path);
    }
}
