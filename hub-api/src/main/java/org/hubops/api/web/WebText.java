package org.hubops.api.web;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import org.hubops.api.platform.Messages;
import org.hubops.model.Labelled;
import org.hubops.model.Language;
import org.hubops.model.Phrases;

/**
 * The words of the pages in one language, from {@code i18n/web_*.properties}. Templates call it as
 * a function, {@code ${t("session.save")}} or {@code ${t("list.total", 12)}}, so that no page text
 * lives in a template and both languages stay side by side in two files. Counts take their plural
 * forms in the pattern ({@link Phrases}), so a template passes the number: {@code
 * ${t("figures.sessions", n)}}.
 */
public final class WebText implements TemplateMethodModelEx {

  private static final String BUNDLE = "i18n.web";

  private final Language language;
  private final Phrases phrases;

  private WebText(Language language) {
    this.language = language;
    this.phrases = Phrases.of(BUNDLE, language);
  }

  public static WebText in(Language language) {
    return new WebText(language);
  }

  Language language() {
    return language;
  }

  /** The validation messages the services give, in the same language. */
  public Messages messages() {
    return Messages.in(language);
  }

  /** The text for {@code key}; the key itself when missing, so a gap shows rather than breaks. */
  public String get(String key, Object... args) {
    return phrases.get(key, args);
  }

  public String label(Labelled value) {
    return value == null ? "" : value.label(language);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, args...) needs a key");
    }
    Object[] values = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
    }
    return get(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), values);
  }
}
