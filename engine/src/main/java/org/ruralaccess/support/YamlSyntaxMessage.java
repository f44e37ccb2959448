package org.ruralaccess.support;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said as a planner can act on it: the line and column of the problem and what
 * to change, instead of the parser's own text ({@code in 'reader', line 3, column 1:} with a caret
 * drawing, {@code <block mapping start>}). The common faults in a hand-edited region.yaml or
 * scenario are indentation (a key that does not line up with the ones above it) and tabs.
 */
public record YamlSyntaxMessage(long line, String problem) {

  /**
   * @param cause the parser's exception (Jackson keeps SnakeYAML's as the cause)
   * @param fallbackLine the line Jackson reports, used when the cause has no mark
   * @param fallbackText Jackson's message, used when the cause is not SnakeYAML's
   */
  public static YamlSyntaxMessage of(Throwable cause, long fallbackLine, String fallbackText) {
    if (!(cause instanceof MarkedYAMLException marked) || marked.getProblemMark() == null) {
      return new YamlSyntaxMessage(fallbackLine, "not valid YAML: " + firstLine(fallbackText));
    }
    Mark problem = marked.getProblemMark();
    Mark context = marked.getContextMark();
    String text = marked.getProblem() == null ? "" : marked.getProblem();
    String where = "column " + (problem.getColumn() + 1);
    String advice;
    if (text.contains("\\t") || text.contains("TAB")) {
      advice = "a tab character; indent with spaces only";
    } else if (text.contains("block end")
        || text.contains("mapping values are not allowed")
        || text.contains("block mapping")
        || text.contains("block collection")) {
      advice =
          "the indentation does not line up"
              + (context != null && context.getLine() != problem.getLine()
                  ? " with the block that starts at line " + (context.getLine() + 1)
                  : "")
              + ": keys of one entry start in the same column, list items ('- ') too";
    } else if (text.contains("could not find expected ':'")) {
      advice = "a key without ':' (write 'key: value')";
    } else if (text.contains("found duplicate key")) {
      advice = "a key given twice in one entry";
    } else {
      advice = text.replace('<', '\'').replace('>', '\'');
    }
    return new YamlSyntaxMessage(
        problem.getLine() + 1L, "not valid YAML at " + where + ": " + advice);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
