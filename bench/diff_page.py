#!/usr/bin/env python3
"""Why does a page score badly? Lists the worst pages of a predictions file, or, for one page id
(prefix), shows the runs of predicted words missing from the ground truth (false positives) and
the runs of ground-truth words we did not predict (false negatives).

usage: diff_page.py PREDICTIONS [ID_PREFIX] [--gt GROUND_TRUTH]
"""
import argparse, json, os, re, difflib

W = re.compile(r"\w+")


def runs(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    fp, fn = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("replace", "delete") and i2 > i1:
            fp.append(" ".join(a[i1:i2]))
        if op in ("replace", "insert") and j2 > j1:
            fn.append(" ".join(b[j1:j2]))
    return fp, fn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("predictions")
    ap.add_argument("id", nargs="?")
    ap.add_argument("--gt", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                 "../../shared/benchmarks/extraction/data/ground-truth.json"))
    args = ap.parse_args()
    gt_path = args.gt if os.path.exists(args.gt) else "/work/shared/benchmarks/extraction/data/ground-truth.json"
    gt = json.load(open(gt_path))
    pred = json.load(open(args.predictions))
    if not args.id:
        rows = []
        for k, v in gt.items():
            a, b = W.findall(pred.get(k, {}).get("articleBody", "")), W.findall(v["articleBody"])
            fp, fn = runs(a, b)
            nfp, nfn = sum(len(x.split()) for x in fp), sum(len(x.split()) for x in fn)
            rows.append((nfp + nfn, k[:10], nfp, nfn, len(b), v["url"][:70]))
        for r in sorted(rows, reverse=True)[:30]:
            print("%5d %s fp=%5d fn=%5d gt=%5d %s" % r)
        return
    k = next(k for k in gt if k.startswith(args.id))
    a, b = W.findall(pred[k]["articleBody"]), W.findall(gt[k]["articleBody"])
    fp, fn = runs(a, b)
    print(gt[k]["url"], "title:", pred[k].get("title"))
    for x in fp:
        print("  + ", x[:300])
    for x in fn:
        print("  - ", x[:300])


if __name__ == "__main__":
    main()
