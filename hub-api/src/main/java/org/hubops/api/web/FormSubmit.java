package org.hubops.api.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.hubops.api.platform.InvalidInputException;
import org.hubops.api.platform.ProblemException;

/**
 * The answer to a posted form, the same on every page: once stored, the browser goes on to the next
 * page (303); what the rules refuse comes back beside its fields with what was typed (422); a
 * conflict (someone saved a newer version meanwhile, a locked quarter) shows the form again with
 * what the page says about it (409). Any other problem is thrown on to the error pages.
 */
public final class FormSubmit {

  /** Stores what was read from the form and answers the path of the page to go on to. */
  @FunctionalInterface
  public interface Store {
    String store();
  }

  /**
   * What a page makes of a 409: it says why in {@code errors} (and may put the stored version into
   * the form, so saving again replaces it knowingly), or answers the page to go on to when the
   * conflict means the form was stored already (the same new record sent twice).
   */
  @FunctionalInterface
  public interface Conflict {
    Optional<String> resolve(ProblemException conflict, FormErrors errors);
  }

  /** The record as stored now, as a form's conflict shows it: its version and what to say. */
  public record Stored(Object version, String message) {}

  /**
   * For a form whose conflicts the form cannot show (nobody else writes what it writes): the error
   * page says what happened.
   */
  public static final Conflict NOT_SHOWN =
      (conflict, errors) -> {
        throw conflict;
      };

  private FormSubmit() {}

  /**
   * The answer to a button with nothing typed (delete, lock, a decision): once done, the next page
   * (303); a problem of one of the {@code shown} statuses comes back as the page saying why, with
   * that status. Any other problem is thrown on to the error pages.
   */
  public static Response action(Store store, Function<ProblemException, ?> page, int... shown) {
    try {
      return seeOther(store.store());
    } catch (ProblemException e) {
      if (IntStream.of(shown).noneMatch(status -> status == e.status())) {
        throw e;
      }
      return Response.status(e.status()).entity(page.apply(e)).build();
    }
  }

  /**
   * The conflict of a record's form: a new record sent twice was stored the first time, so the
   * browser goes on to {@code saved}; an edit met a newer version, which goes into the form (saving
   * again replaces it knowingly) with what the page says about it.
   */
  public static Conflict ofRecord(
      boolean editing, String saved, FormData form, Supplier<Stored> stored) {
    return (conflict, errors) -> {
      if (!editing) {
        return Optional.of(saved);
      }
      Stored now = stored.get();
      form.put("version", now.version());
      errors.general(now.message());
      return Optional.empty();
    };
  }

  /**
   * The conflict of a new record whose name another holds (an account's username): the form is
   * refused as for what the rules refuse (422), {@code message} beside {@code field}.
   */
  public static Conflict taken(String field, String message) {
    return (conflict, errors) -> {
      errors.add(field, message);
      return Optional.empty();
    };
  }

  /**
   * Stores the form unless reading it already found errors.
   *
   * @param read what reading the form found wrong; the conflict message is added to it
   * @param labels the form's field labels, for the rules' errors
   * @param page the form shown again with its errors
   */
  public static Response submit(
      FormErrors read,
      Map<String, String> labels,
      Store store,
      Conflict conflict,
      Function<FormErrors, ?> page) {
    FormErrors errors = read;
    int status = 422;
    if (errors.isEmpty()) {
      try {
        return seeOther(store.store());
      } catch (InvalidInputException e) {
        errors = FormErrors.of(e.errors(), labels);
      } catch (ProblemException e) {
        if (e.status() != 409) {
          throw e;
        }
        Optional<String> stored = conflict.resolve(e, errors);
        if (stored.isPresent()) {
          return seeOther(stored.get());
        }
        // What the page says against a field refuses what was typed there; else it is a conflict.
        status = errors.getSummary().isEmpty() ? 409 : 422;
      }
    }
    return Response.status(status).entity(page.apply(errors)).build();
  }

  /** Post, redirect, get: a reload of the page gone on to posts nothing again. */
  public static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
