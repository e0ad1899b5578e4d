package dev.compoundfer.ejb.dataset;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Registers datasets, scans them with core's readers and draws their contact sheets. */
@Local
public interface DatasetService {
  /** Validates, scans and stores a dataset; a name already taken is refused. */
  DatasetView register(DatasetRequest request);

  List<DatasetView> list();

  Optional<DatasetView> find(long id);

  /** Reads the dataset again (files may have been added or fixed since). */
  DatasetView rescan(long id);

  /** A PNG: one row per class, a few images of different subjects each. */
  byte[] contactSheet(long id);

  void delete(long id);
}
