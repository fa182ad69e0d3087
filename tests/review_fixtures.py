"""Small documents the review tests build themselves (no real contract is needed)."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from types import ModuleType

from voute.review import review_text

CONTRACT_FR = """CONTRAT DE PRESTATION DE SERVICES

Article 1 - Objet
Le présent contrat a pour objet la prise en charge des appels entrants du Client. Le Prestataire s'engage à
fournir les prestations de réception d'appels décrites en annexe.

Article 2 - Durée
Le contrat est conclu pour une durée de trente-six (36) mois à compter du 1er janvier 2025. Il est ensuite
renouvelé par tacite reconduction pour des périodes de douze mois, sauf dénonciation avec un préavis de trois
(3) mois.

Article 3 - Niveaux de service
Le Prestataire garantit un taux de décroché de 85 % des appels en moins de 20 secondes.

Article 4 - Pénalités
En cas de non-respect des niveaux de service, des pénalités de 2 % de la redevance mensuelle sont appliquées.

Article 5 - Prix
Le prix mensuel est de 12 500,00 € HT. Les factures sont payables dans un délai de 45 jours.

Article 6 - Droit applicable
Le présent contrat est soumis au droit français. Tout litige relève du tribunal de commerce de Paris.
"""

CONTRACT_EN = """SERVICES AGREEMENT

1. Services
1.1 The Provider shall provide the customer support services described in Schedule 1.

2. Term
2.1 This Agreement shall commence on January 5, 2025 and continue for an initial term of three (3) years.

3. Limitation of Liability
3.1 Each party's total liability under this Agreement shall not exceed the fees paid in the twelve (12)
months preceding the claim.

4. Data Protection
4.1 The Provider shall process personal data only on documented instructions from the Customer, acting as
processor on behalf of the controller. The Provider shall notify the Customer of any personal data breach
within 96 hours.

5. Governing Law
5.1 This Agreement is governed by the laws of the State of New York.
"""


def minimal_pdf(pages: list[str]) -> bytes:
    """A valid PDF whose pages show the given lines of text (Helvetica), built by hand."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids: list[str] = []
    font_id = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for text in pages:
        lines = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in text.split("\n")]
        body = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        stream = body.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A real DOCX written with python-docx."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def rewrite_docx_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    """Copy a DOCX, replacing one part (to build hostile variants of a valid file)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, data if info.filename == part else original.read(info.filename))
    return target


def one_clause(label: str, sentence: str, lang: str | None, heading: str = "Article 4") -> tuple[bool, float]:
    """Review `sentence` under `heading` as a one-clause document: is `label` present, and with what score."""
    finding = review_text(f"{heading}\n{sentence}\n", lang=lang).label(label)
    return finding.present, finding.score


def load_eval_script(name: str) -> ModuleType:
    """An evaluation script of eval/ loaded by path (eval/ is not a package), for tests of its counting logic."""
    path = Path(__file__).resolve().parents[1] / "eval" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
