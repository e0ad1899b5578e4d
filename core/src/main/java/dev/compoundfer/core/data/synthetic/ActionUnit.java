package dev.compoundfer.core.data.synthetic;

/** The FACS action units that occur in at least 15% of CFEE subjects of some class (method.md section 8.3). */
public enum ActionUnit {
  AU1(1, "Inner brow raiser"),
  AU2(2, "Outer brow raiser"),
  AU4(4, "Brow lowerer"),
  AU5(5, "Upper lid raiser"),
  AU6(6, "Cheek raiser"),
  AU7(7, "Lid tightener"),
  AU9(9, "Nose wrinkler"),
  AU10(10, "Upper lip raiser"),
  AU11(11, "Nasolabial deepener"),
  AU12(12, "Lip corner puller"),
  AU15(15, "Lip corner depressor"),
  AU17(17, "Chin raiser"),
  AU20(20, "Lip stretcher"),
  AU23(23, "Lip tightener"),
  AU24(24, "Lip pressor"),
  AU25(25, "Lips part"),
  AU26(26, "Jaw drop");

  /** The strongest FACS intensity, letter e. */
  public static final double MAX_INTENSITY = 5.0;

  private final int number;
  private final String facsName;

  ActionUnit(int number, String facsName) {
    this.number = number;
    this.facsName = facsName;
  }

  /** The FACS number, e.g. 12 for the lip corner puller. */
  public int number() {
    return number;
  }

  /** The FACS name, e.g. "Lip corner puller". */
  public String facsName() {
    return facsName;
  }
}
