package org.ceasefire.people;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.ValidationException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People named in imported files, matched to the site's persons or created, in bulk. A row is
 * matched by state id when it has one (and a new person is made with it when none has it); without
 * one, by first name, last name and date of birth together, ignoring case. Two persons sharing that
 * name and date of birth make the row ambiguous: it is left for the importer to reject, never
 * guessed. Each person created gets a history entry naming the import.
 */
@Service
public class ImportedPeople {

  /** Marks a staged row whose name and date of birth match more than one person. */
  public static final long AMBIGUOUS = -1;

  private final JdbcClient jdbc;

  ImportedPeople(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The hand-entry rules for a person's identifying fields, problems named by input field. */
  public List<FieldProblem> problems(PersonInput input, LocalDate today) {
    try {
      input.validate(today);
      return List.of();
    } catch (ValidationException e) {
      return e.problems();
    }
  }

  /**
   * Fills {@code person_id} in the caller's staging table, which has the columns {@code line,
   * state_id, first_name, last_name, date_of_birth date, sex, race_ethnicity, person_id bigint};
   * creates the persons not found. Runs in the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void matchOrCreate(long siteId, long userId, long importId, String stagingTable) {
    if (!stagingTable.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a staging table name: " + stagingTable);
    }
    String t = stagingTable;
    jdbc.sql(
            """
            update %s s set person_id = p.id from person p
             where s.state_id is not null and p.site_id = :site and p.state_id = s.state_id
            """
                .formatted(t))
        .param("site", siteId)
        .update();
    jdbc.sql(
            """
            update %s s set person_id = case when m.n = 1 then m.id else :ambiguous end
              from (select s2.line, min(p.id) as id, count(*) as n
                      from %s s2
                      join person p on p.site_id = :site
                                   and lower(p.first_name) = lower(s2.first_name)
                                   and lower(p.last_name) = lower(s2.last_name)
                                   and p.date_of_birth = s2.date_of_birth
                     where s2.state_id is null group by s2.line) m
             where s.line = m.line
            """
                .formatted(t, t))
        .param("site", siteId)
        .param("ambiguous", AMBIGUOUS)
        .update();
    jdbc.sql(
            """
            with keyed as (
              select distinct on (%2$s) %2$s as k, state_id, first_name, last_name,
                     date_of_birth, sex, race_ethnicity
                from %1$s where person_id is null order by %2$s, line),
            created as (
              insert into person (site_id, first_name, last_name, date_of_birth, sex,
                                  race_ethnicity, state_id)
              select :site, first_name, last_name, date_of_birth, sex, race_ethnicity, state_id
                from keyed
              returning id, first_name, last_name, date_of_birth, sex, race_ethnicity, state_id,
                        %2$s as k),
            history as (
              insert into record_history (site_id, record_type, record_id, changed_by, action,
                                          changes)
              select :site, 'person', id, :user, 'create', jsonb_build_object(
                       'firstName', jsonb_build_array(null, first_name),
                       'lastName', jsonb_build_array(null, last_name),
                       'dateOfBirth', jsonb_build_array(null, date_of_birth),
                       'sex', jsonb_build_array(null, sex),
                       'raceEthnicity', jsonb_build_array(null, race_ethnicity),
                       'stateId', jsonb_build_array(null, state_id),
                       'import', jsonb_build_array(null, :import))
                from created)
            update %1$s s set person_id = c.id from created c
             where s.person_id is null and %3$s = c.k
            """
                .formatted(t, key(""), key("s.")))
        .param("site", siteId)
        .param("user", userId)
        .param("import", importId)
        .update();
  }

  /** A person's matching key: the state id, else name and date of birth. */
  private static String key(String alias) {
    return ("coalesce('id:' || %1$sstate_id, lower(%1$sfirst_name) || '|' || lower(%1$slast_name)"
            + " || '|' || %1$sdate_of_birth)")
        .formatted(alias);
  }
}
