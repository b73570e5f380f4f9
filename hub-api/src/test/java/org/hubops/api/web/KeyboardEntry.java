package org.hubops.api.web;

import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Fills a form the way a keyboard-only person does: Tab from field to field in page order, typing
 * into the ones that need it, Space for a checkbox, Enter to send. It counts what that costs, so
 * the effort of logging a session is measured rather than guessed.
 */
final class KeyboardEntry {

  /**
   * @param fields fields a person fills (everything else keeps its default)
   * @param keys keys pressed, Tab included
   * @param tabs of which Tab presses
   * @param elapsed the browser's own time (a person is slower: see {@link #humanSeconds})
   */
  record Report(int fields, int keys, int tabs, Duration elapsed) {

    /**
     * A person's time by the keystroke-level model (Card, Moran and Newell): 0.28 s a key for an
     * average typist, and 1.35 s to find and think about each field.
     */
    double humanSeconds() {
      return keys * 0.28 + fields * 1.35;
    }

    @Override
    public String toString() {
      return "%d fields, %d keys (%d of them Tab), browser %d ms, a person about %.0f s"
          .formatted(fields, keys, tabs, elapsed.toMillis(), humanSeconds());
    }
  }

  /** Tabs allowed between two fields before the walk is called lost. */
  private static final int MAX_TABS = 80;

  private final Browser browser;
  private final Instant started = Instant.now();
  private int fields;
  private int keys;
  private int tabs;

  KeyboardEntry(Browser browser) {
    this.browser = browser;
    // The walk starts where a person's does after opening the form: at its first field.
    browser.id("date").click();
  }

  /** Tabs to the field {@code id} and types {@code text} into it. */
  void type(String id, String text) {
    reach(id);
    new Actions(browser.driver()).sendKeys(text).perform();
    fields++;
    keys += text.replace(Keys.chord(Keys.CONTROL, "a"), "x").length();
  }

  /** Tabs to the checkbox {@code name=value} and ticks it with Space. */
  void tick(String name, String value) {
    String id =
        browser.find("input[name='" + name + "'][value='" + value + "']").getDomAttribute("id");
    if (id == null) {
      reachChecked(name, value);
    } else {
      reach(id);
    }
    new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
    fields++;
    keys++;
  }

  /** Enter in a field sends the form. */
  void submit() {
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    keys++;
  }

  Report report() {
    return new Report(fields, keys, tabs, Duration.between(started, Instant.now()));
  }

  private void reach(String id) {
    int n = 0;
    while (!id.equals(browser.focused())) {
      tab(++n);
    }
  }

  private void reachChecked(String name, String value) {
    int n = 0;
    while (!Boolean.TRUE.equals(
        browser
            .driver()
            .executeScript(
                "var e = document.activeElement; return e.name === arguments[0] && e.value === arguments[1];",
                name,
                value))) {
      tab(++n);
    }
  }

  private void tab(int n) {
    if (n > MAX_TABS) {
      throw new IllegalStateException("Lost: " + MAX_TABS + " Tabs without reaching the field");
    }
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    tabs++;
    keys++;
  }
}
