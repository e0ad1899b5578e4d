package dev.compoundfer.ejb.schedule;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.persistence.schedule.Schedule;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps one persistent calendar timer per active schedule; the timer survives server restarts because the
 * container stores it. Pausing cancels the timer, resuming creates it again.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ScheduleServiceBean implements ScheduleService {
  private static final Logger LOG = Logger.getLogger(ScheduleServiceBean.class.getName());

  @Resource private TimerService timers;
  @PersistenceContext private EntityManager em;
  @EJB private ExperimentService experiments;

  @Override
  public ScheduleView create(ScheduleRequest request) {
    Schedule schedule = new Schedule(request.name(), request.calendar().strip(), request.experiment().toText(),
        LocalDateTime.now());
    em.persist(schedule);
    em.flush();
    arm(schedule);
    return view(schedule);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public List<ScheduleView> list() {
    return em.createNamedQuery("Schedule.all", Schedule.class).getResultList().stream().map(this::view).toList();
  }

  @Override
  public ScheduleView pause(long id) {
    Schedule schedule = require(id);
    timer(id).ifPresent(Timer::cancel);
    schedule.pause();
    return view(schedule);
  }

  @Override
  public ScheduleView resume(long id) {
    Schedule schedule = require(id);
    if (schedule.isPaused()) {
      schedule.resume();
      arm(schedule);
    }
    return view(schedule);
  }

  @Override
  public void delete(long id) {
    Schedule schedule = require(id);
    timer(id).ifPresent(Timer::cancel);
    em.remove(schedule);
  }

  /** Starts the schedule's experiment; a failure is logged and the schedule stays armed for its next time. */
  @Timeout
  void fire(Timer timer) {
    Schedule schedule = em.find(Schedule.class, timer.getInfo());
    if (schedule == null || schedule.isPaused()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now();
    String name = (schedule.getName() + " " + now.withNano(0)).replace('T', ' ');
    try {
      ExperimentView started = experiments.startScheduled(schedule.getId(), name);
      schedule.started(started.id(), now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Schedule " + schedule.getId() + " could not start its experiment", e);
    }
  }

  private void arm(Schedule schedule) {
    String[] f = schedule.getCalendar().split("\\s+");
    ScheduleExpression expression =
        new ScheduleExpression().second(f[0]).minute(f[1]).hour(f[2]).dayOfMonth(f[3]).month(f[4]).dayOfWeek(f[5])
            .timezone(ZoneId.systemDefault().getId());
    try {
      timers.createCalendarTimer(expression, new TimerConfig(schedule.getId(), true));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("calendar", "calendar is not a valid EJB calendar: " + e.getMessage());
    }
  }

  private Optional<Timer> timer(long id) {
    return timers.getTimers().stream().filter(t -> Long.valueOf(id).equals(t.getInfo())).findFirst();
  }

  private Schedule require(long id) {
    Schedule schedule = em.find(Schedule.class, id);
    if (schedule == null) {
      throw new InvalidParameterException("id", "No schedule has id " + id);
    }
    return schedule;
  }

  private ScheduleView view(Schedule s) {
    LocalDateTime next = timer(s.getId())
        .map(t -> LocalDateTime.ofInstant(t.getNextTimeout().toInstant(), ZoneId.systemDefault()))
        .orElse(null);
    return new ScheduleView(s.getId(), s.getName(), s.getCalendar(), s.isPaused(), next, s.getLastExperimentId(),
        s.getLastStartedAt(), s.getParameters());
  }
}
