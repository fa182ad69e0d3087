"""Reading documents to review, and refusing unusable or hostile ones cleanly (issue 7)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from review_fixtures import minimal_pdf, rewrite_docx_part, write_docx
from voute.errors import DocumentError
from voute.review.ingest import decode_text, read_document


def test_pdf_text_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    path.write_bytes(
        minimal_pdf(["Article 1 - Objet du contrat de services", "Le contrat est soumis au droit francais."])
    )
    document = read_document(path)
    assert document.kind == "pdf"
    assert document.pages == 2
    offset = document.text.index("soumis")
    assert document.page_at(offset) == 2
    assert document.page_at(0) == 1


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n garbage garbage \x00\x01\x02")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert "broken.pdf" in str(caught.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(minimal_pdf(["Le Prestataire fournit les services decrits en annexe du contrat."]))
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)
    with pytest.raises(DocumentError) as caught:
        read_document(locked)
    assert caught.value.problems[0].code == "encrypted"
    assert "password" in str(caught.value)


def test_image_only_pdf_asks_for_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(minimal_pdf(["", ""]))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.problems[0].code == "ocr-needed"
    assert "OCR" in str(caught.value)


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Article 1 - Objet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Prix mensuel"
    table.cell(0, 1).text = "12 500 EUR"
    path = tmp_path / "c.docx"
    document.save(str(path))
    text = read_document(path).text
    assert "Article 1 - Objet" in text
    assert "Prix mensuel | 12 500 EUR" in text


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    valid = write_docx(tmp_path / "valid.docx", ["Hello"])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(valid) as original, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, original.read(info.filename))
        copy.writestr("word/media/padding.bin", b"\x00" * (8 * 1024 * 1024))
    with pytest.raises(DocumentError) as caught:
        read_document(bomb)
    assert caught.value.problems[0].code == "zip-bomb"


def test_docx_entity_expansion_is_refused(tmp_path: Path) -> None:
    valid = write_docx(tmp_path / "valid.docx", ["Hello"])
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
    )
    hostile = rewrite_docx_part(valid, tmp_path / "laughs.docx", "word/document.xml", laughs)
    with pytest.raises(DocumentError) as caught:
        read_document(hostile)
    assert caught.value.problems[0].code == "xml-entity"


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"This is plain text pretending to be a Word file.")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.problems[0].code == "corrupt"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        ("Contrat de prestation".encode("utf-16-le"), "binary"),
    ],
)
def test_unusable_text_files(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.problems[0].code == code
    assert str(path) in str(caught.value)


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ancien.txt"
    path.write_bytes("Le présent contrat est soumis au droit français. Préavis : trois mois.".encode("cp1252"))
    assert "présent" in read_document(path).text


def test_text_offsets_are_file_offsets(tmp_path: Path) -> None:
    raw = "Titre\r\n\r\nArticle 1 – Objet\r\nLe Prestataire s’engage.\r\n"
    path = tmp_path / "c.md"
    path.write_bytes(raw.encode("utf-8"))
    document = read_document(path)
    assert document.text == raw
    assert document.kind == "markdown"


def test_decode_text_prefers_utf8() -> None:
    assert decode_text("é".encode()) == "é"


def test_unsupported_word_format(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(DocumentError):
        read_document(path)
