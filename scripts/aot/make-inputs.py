#!/usr/bin/env python3
"""Writes small manuscripts in every format Galley reads (.txt, .md, .html, .docx, .epub) plus the inputs of the
eval commands into the folder given, for scripts/aot/smoke.sh. The zip entries have a fixed date, so two runs
write the same bytes."""
import os
import sys
import zipfile

STORY = [
    ("heading", "Chapter One"),
    ("p", "Mara pushed the door open and and stepped into the kitchen. Its a small room, but it was her's."),
    ("p", "\u201cYour late,\u201d said Tobin. He didnt look up from the stove."),
    ("p", "\u201cI know, i know.\u201d She dropped her bag on the the chair. \u201cThe bus was definately slower today.\u201d"),
    ("p", "He stired the soup and said nothing for a long moment"),
    ("scene", "* * *"),
    ("p", "Later they sat on the porch, watching the rain. Tobin had alot to say, but he couldn't find the words."),
    ("p", "\u201cDo you think we should of stayed in the city?\u201d she asked."),
]


def plain():
    out = []
    for kind, text in STORY:
        out.append(text)
    return "\n\n".join(out) + "\n"


def markdown():
    out = []
    for kind, text in STORY:
        out.append("# " + text if kind == "heading" else text)
    out.insert(2, "Some words are *emphasised* and some are `code` or [linked](https://example.com/page).")
    return "\n\n".join(out) + "\n"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_body():
    out = []
    for kind, text in STORY:
        if kind == "heading":
            out.append(f"<h1>{esc(text)}</h1>")
        elif kind == "scene":
            out.append("<hr/>")
        else:
            out.append(f"<p>{esc(text)}</p>")
    out.insert(2, "<p>She said it was <em>fine</em>, which it wasnt.</p>")
    return "\n".join(out)


def html():
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story</title>"
            "<style>p { margin: 0 }</style><script>var x = 'teh';</script></head>\n<body>\n" + html_body() + "\n</body></html>\n")


def xhtml(body):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
            "<head><title>Chapter</title></head>\n<body>" + body + "</body></html>\n")


def add(zf, name, data, compress=True):
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zf.writestr(info, data)


def docx(path):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = []
    for kind, text in STORY:
        if kind == "heading":
            paras.append(f"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>{esc(text)}</w:t></w:r></w:p>")
        else:
            # Split each paragraph into runs mid-word, and make one run bold, as Word does after edits.
            cut = len(text) // 3
            paras.append("<w:p><w:r><w:t xml:space=\"preserve\">" + esc(text[:cut]) + "</w:t></w:r>"
                         "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + esc(text[cut:cut + 4]) + "</w:t></w:r>"
                         "<w:r><w:t xml:space=\"preserve\">" + esc(text[cut + 4:]) + "</w:t></w:r></w:p>")
    document = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{w}\"><w:body>"
                + "".join(paras) + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>")
        add(zf, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "</Relationships>")
        add(zf, "word/document.xml", document)


def epub(path):
    chapters = [("one.xhtml", html_body()), ("two.xhtml", "<h1>Chapter Two</h1><p>The morning was quite, and Mara was alone.</p>")]
    with zipfile.ZipFile(path, "w") as zf:
        add(zf, "mimetype", "application/epub+zip", compress=False)
        add(zf, "META-INF/container.xml",
            "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
            "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>")
        manifest = "".join(f"<item id=\"c{i}\" href=\"text/{f}\" media-type=\"application/xhtml+xml\"/>" for i, (f, _) in enumerate(chapters))
        spine = "".join(f"<itemref idref=\"c{i}\"/>" for i in range(len(chapters)))
        add(zf, "OEBPS/content.opf",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
            "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">smoke</dc:identifier><dc:title>Smoke</dc:title></metadata>"
            f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>")
        for f, body in chapters:
            add(zf, "OEBPS/text/" + f, xhtml(body))


def main(folder):
    os.makedirs(folder, exist_ok=True)
    def write(name, text):
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    write("story.txt", plain())
    write("story.md", markdown())
    write("story.html", html())
    docx(os.path.join(folder, "story.docx"))
    epub(os.path.join(folder, "story.epub"))
    write("spelling.tsv", "misspelling\tcorrection\ndefinately\tdefinitely\nrecieve\treceive\nwierd\tweird\nbeleive\tbelieve\n")
    write("sample.m2",
          "S She go to the market every day .\nA 1 2|||R:VERB:SVA|||goes|||REQUIRED|||-NONE-|||0\n\n"
          "S He did n't recieve the letter .\nA 4 5|||R:SPELL|||receive|||REQUIRED|||-NONE-|||0\n\n")
    write("annotated.txt",
          "Mara {beleived=>believed|spelling} him, though she {dont=>don't|apostrophe} know why.\n\n"
          "\u201cCome inside,\u201d Tobin said. \u201cIts {to=>too|real-word} cold out here.\u201d\n")


if __name__ == "__main__":
    main(sys.argv[1])
