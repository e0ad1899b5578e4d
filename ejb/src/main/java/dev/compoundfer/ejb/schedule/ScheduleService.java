package dev.compoundfer.ejb.schedule;

import jakarta.ejb.Local;
import java.util.List;

/** Admins' schedules of experiments. */
@Local
public interface ScheduleService {
  ScheduleView create(ScheduleRequest request);

  List<ScheduleView> list();

  ScheduleView pause(long id);

  ScheduleView resume(long id);

  void delete(long id);
}
