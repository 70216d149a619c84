#!/usr/bin/env python3
"""Writes a small brochure project holding one big table, for bench/run.

    make_table_project.py ROWS DIR

DIR/data/{schema.xml,countries.xml,2025/participants.xml} and DIR/layouts/table.xml: one
document, one section, one table of ROWS rows whose header repeats on every page. The rows are
deterministic (a function of the row number), with Latin, accented and Japanese text so every
font of the brochure is measured and embedded.
"""
import os
import shutil
import sys

COUNTRIES = ["Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar",
             "Philippines", "Singapore", "Thailand", "Vietnam", "India", "Sri Lanka"]
PREFECTURES = ["Tochigi", "Sano City (Tochigi)", "Tsumagoi Village (Gunma)", "Tokyo",
               "Toyama", "Uozu City (Toyama)", "Kitakyushu City (Fukuoka)", "京都府"]
PROGRAMMES = ["JET Programme", "Regional Exchange Promotion Programme and study visit to the city hall",
              "Local Government Officials Training Programme", "Séminaire d'échange à Hà Nội"]

SCHEMA = """<?xml version="1.0" encoding="UTF-8"?>
<schema>
  <dataset name="participants" title="Participants">
    <column name="id" type="integer" key="yes"/>
    <column name="fiscal-year" type="fiscal-year"/>
    <column name="country" type="country"/>
    <column name="prefecture" type="text"/>
    <column name="programme" type="text"/>
    <column name="participants" type="count"/>
  </dataset>
</schema>
"""

LAYOUT = """<?xml version="1.0" encoding="UTF-8"?>
<layout name="table" output="table.pdf" title="Participants ({rows} rows)">
  <metadata author="bench"/>
  <master name="page" size="A4" margin="56pt 50pt 56pt 50pt" header-rule="#d9822b">
    <header align="left">{{section}}</header>
    <footer align="center">{{page}} / {{pages}}</footer>
  </master>
  <style name="body" font="Noto Sans, IPAexGothic" size="9" color="#222222"/>
  <style name="table-header" parent="body" size="8.5" bold="yes" color="#ffffff"/>
  <style name="table-body" parent="body" size="8.5" line-height="1.25"/>
  <table-style name="data" header="table-header" body="table-body" header-background="#1f4e79"
               stripe="#eef3f8" rule="#c8d3df" rule-width="0.5pt" padding="3pt"/>
  <section title="Participants" master="page">
    <heading level="1">Participants</heading>
    <table name="participants" style="data"
           query="SELECT fiscal_year, country, prefecture, programme, participants
                  FROM participants WHERE _year = :year ORDER BY _seq">
      <column field="fiscal_year" title="FY" width="9%" align="center"/>
      <column field="country" title="Country" width="15%"/>
      <column field="prefecture" title="Prefecture" width="24%"/>
      <column field="programme" title="Programme"/>
      <column field="participants" title="Participants" width="13%" format="count"/>
    </table>
  </section>
</layout>
"""


def main():
    rows, folder = int(sys.argv[1]), sys.argv[2]
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    os.makedirs(os.path.join(folder, "data", "2025"), exist_ok=True)
    os.makedirs(os.path.join(folder, "layouts"), exist_ok=True)
    shutil.copy(os.path.join(source, "data", "countries.xml"), os.path.join(folder, "data", "countries.xml"))
    with open(os.path.join(folder, "data", "schema.xml"), "w", encoding="utf-8") as f:
        f.write(SCHEMA)
    with open(os.path.join(folder, "layouts", "table.xml"), "w", encoding="utf-8") as f:
        f.write(LAYOUT.format(rows=rows))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<export dataset="participants" year="2025">\n']
    for r in range(rows):
        lines.append('  <row id="%d" fiscal-year="%d" country="%s" prefecture="%s" programme="%s" participants="%d"/>\n'
                     % (r + 1, 2015 + r % 11, COUNTRIES[r % 12], PREFECTURES[r % 8],
                        PROGRAMMES[r % 4].replace("'", "&apos;"), 1 + (r * 37) % 4000))
    lines.append("</export>\n")
    with open(os.path.join(folder, "data", "2025", "participants.xml"), "w", encoding="utf-8") as f:
        f.writelines(lines)


if __name__ == "__main__":
    main()
