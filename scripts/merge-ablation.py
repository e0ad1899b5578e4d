#!/usr/bin/env python3
"""Merges ablation JSONs written by separate runs of the same benchmark command (each with its own -Dmethods) into one.

    scripts/merge-ablation.py out.json part1.json part2.json ...

The runs must share the configuration (same arguments, same teacher): the script refuses parts whose teacher accuracy,
class orders or training settings differ. Rows come out in the benchmark's method order; config.spread_over_orders and
config.phase_images_per_second are combined (throughput per phase: the first part that measured it).
"""
import json
import sys

ORDER = ["kd_psmr", "kd_random", "kd_herding", "kd_prev_psmr", "kd_prev_herding", "psmr_no_kd", "finetune", "joint"]
VARYING = {"spread_over_orders", "phase_images_per_second"}


def main(out, parts):
    reports = [json.load(open(p)) for p in parts]
    base = reports[0]["config"]
    for path, report in zip(parts[1:], reports[1:]):
        for key, value in report["config"].items():
            if key not in VARYING and base.get(key) != value:
                sys.exit(f"{path}: config.{key} is {value!r}, the first part has {base.get(key)!r}")
    rows, spreads, throughput = {}, {}, {}
    for path, report in zip(parts, reports):
        for row in report["results"]:
            if row["method"] in rows:
                sys.exit(f"{path}: method {row['method']} is in two parts")
            rows[row["method"]] = row
        spreads.update(report["config"].get("spread_over_orders", {}))
        for phase, value in report["config"].get("phase_images_per_second", {}).items():
            if throughput.get(phase) is None:
                throughput[phase] = value
    config = dict(base)
    config["spread_over_orders"] = {m: spreads[m] for m in ORDER if m in spreads}
    config["phase_images_per_second"] = throughput
    config["merged_from"] = len(parts)
    merged = {"config": config, "results": [rows[m] for m in ORDER if m in rows]}
    with open(out, "w") as f:
        json.dump(merged, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
