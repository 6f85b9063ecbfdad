#!/usr/bin/env python3
"""Builds expected.json for TableFixturesTest from the peers' own expectations.

Run from this folder with the fixture root (the shared tables folder: tabula/, camelot/, docling/,
pdfplumber/) as argument. Output: one entry per (fixture file, expectation): set, file, page (PDF,
1-based; null for DOCX/HTML/XLSX), tables (rows of cell texts, a spanned cell's text in its first
slot only), note.
"""
import csv, io, json, os, re, sys

root = sys.argv[1]
out = []

# tabula: the CSV beside each PDF (README there: page, whole page or area)
TABULA = {"spanning_cells": 1, "spreadsheet_no_bounding_frame": 1,
          "Publication_of_award_of_Bids_for_Transport_Sector__August_2016": 1,
          "argentina_diputados_voting_record": 1, "twotables": 1, "schools": 1, "frx_2012_disclosure": 1,
          "us-020": 2, "MultiColumn": 1, "AnimalSounds": 1}
for name, page in TABULA.items():
    with open(os.path.join(root, "tabula", name + ".csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    out.append({"set": "tabula", "file": "tabula/" + name + ".pdf", "page": page, "tables": [rows],
                "note": "tabula's CSV (all tables of the page stacked)"})

# camelot: each distinct (file, expected table list) of test_manifest.json
manifest = json.load(open(os.path.join(root, "camelot", "test_manifest.json")))
expected = json.load(open(os.path.join(root, "camelot", "expected_tables.json")))
seen = set()
for test, m in manifest.items():
    calls = m["read_pdf_calls"]
    for i, f in enumerate(m["files"]):
        call = calls[min(i, len(calls) - 1)]
        local = f.replace("tabula/", "tabula_")
        if not os.path.exists(os.path.join(root, "camelot", local)) or "password" in call:
            continue
        pm = re.search(r'pages="([0-9]+)"', call)
        page = int(pm.group(1)) if pm else 1
        key = (local, tuple(m["expected_vars"]))
        if key in seen:
            continue
        seen.add(key)
        opts = re.sub(r"\s+", " ", call.split("filename", 1)[1]).strip(" ,)")
        out.append({"set": "camelot", "file": "camelot/" + local, "page": page,
                    "tables": [expected[v] for v in m["expected_vars"]],
                    "note": "+".join(m["expected_vars"]) + (" [" + opts + "]" if opts else "")})

# docling: DoclingDocument tables, by page for PDFs
def grid(t):
    d = t["data"]
    g = [["" for _ in range(d["num_cols"])] for _ in range(d["num_rows"])]
    for c in d["table_cells"]:
        r, k = c["start_row_offset_idx"], c["start_col_offset_idx"]
        if r < len(g) and k < len(g[r]):
            g[r][k] = c["text"]
    return g

PAGE_MAP = {"redp5110_sampled.pdf": {2: 1, 8: 2, 9: 3, 11: 4, 12: 5}}  # pages kept in the copy
for f in sorted(os.listdir(os.path.join(root, "docling"))):
    if not f.endswith(".json"):
        continue
    src = f[:-5]
    src = src if os.path.exists(os.path.join(root, "docling", src)) else src + ".pdf"
    doc = json.load(open(os.path.join(root, "docling", f)))
    by_page = {}
    for t in doc["tables"]:
        page = t["prov"][0]["page_no"] if src.endswith(".pdf") and t["prov"] else None
        by_page.setdefault(page, []).append(grid(t))
    for page, tables in sorted(by_page.items(), key=lambda kv: kv[0] or 0):
        mapped = PAGE_MAP.get(src, {}).get(page, page)
        out.append({"set": "docling", "file": "docling/" + src, "page": mapped, "tables": tables,
                    "note": "docling groundtruth" + (" (page %d of the original)" % page if mapped != page else "")})

json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
