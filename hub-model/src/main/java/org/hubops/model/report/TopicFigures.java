package org.hubops.model.report;

import java.util.Objects;
import org.hubops.model.rest.Topic;

/**
 * The figures of the sessions that taught one topic. A session with several topics counts under
 * each of them, so topic rows do not add up to the report's totals.
 */
public record TopicFigures(Topic topic, Figures figures) {

  public TopicFigures {
    Objects.requireNonNull(topic, "topic");
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
  }
}
