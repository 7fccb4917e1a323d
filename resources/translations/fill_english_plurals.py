#!/usr/bin/env python3
"""Fills the English plural forms of scandash_en.ts after lupdate.

The source strings say "%n scan(s)"; English readers should see "1 scan" and
"2 scans". Every numerus message gets its two English forms; a message whose
forms were already written is left as it is.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "scandash_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms and all(form.text for form in forms):
        continue
    singular = re.sub(r"every %n day\(s\)", "every day", source).replace("(s)", "")
    plural = source.replace("(s)", "s")
    for form in forms:
        translation.remove(form)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
