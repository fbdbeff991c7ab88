"""Bytes to text: byte-order marks, UTF-8, legacy encodings, mojibake; and what is not text."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "unsupported-format", "a PDF file (diplomap reads text, HTML, JSON, feeds and WARC)"),
    (b"PK\x03\x04", "unsupported-format", "a ZIP archive (or DOCX/EPUB); unpack it first"),
    (b"\x89PNG\r\n\x1a\n", "binary", "a PNG image"),
    (b"\xff\xd8\xff", "binary", "a JPEG image"),
    (b"GIF8", "binary", "a GIF image"),
    (b"\x7fELF", "binary", "an executable (ELF)"),
    (b"BZh", "unsupported-format", "a bzip2 archive; decompress it first"),
    (b"\xfd7zXZ\x00", "unsupported-format", "an xz archive; decompress it first"),
    (b"(\xb5/\xfd", "unsupported-format", "a zstd archive; decompress it first"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


_CP1252_NEIGHBOURS = frozenset({"ascii", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman"})


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool  # not plain UTF-8, or mojibake fixed: the `encoding-repaired` warning


@dataclass(frozen=True, slots=True)
class NotText:
    reason: str
    detail: str


def sniff_binary(data: bytes) -> NotText | None:
    for magic, reason, what in _MAGIC:
        if data.startswith(magic):
            return NotText(reason, f"this is {what}")
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    # ASCII text in UTF-16 has a NUL in every other byte; which half tells the byte order.
    if len(head) < 8:
        return None
    even_nuls = head[0::2].count(0) / len(head[0::2])
    odd_nuls = head[1::2].count(0) / len(head[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return controls / len(sample) > 0.05


def decode(data: bytes) -> Decoded | NotText:
    """Decode bytes as text, repairing what can be repaired; say why when it is not text."""
    if not data.strip():
        return NotText("empty", "the input holds no text")
    binary = sniff_binary(data)
    if binary:
        return binary

    encoding: str | None = None
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding is None:
        encoding = _utf16_without_bom(data[:4096])

    if encoding is None and b"\x00" in data[:8192]:
        return NotText("binary", "NUL bytes in the first 8 KiB: not a text file")

    if encoding is not None:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            return NotText("decode-error", f"declared {encoding} but undecodable: {exc.reason}")
        repaired = False  # a Unicode encoding read as such: nothing was repaired
    else:
        try:
            text = data.decode("utf-8")
            encoding, repaired = "utf-8", False
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data[:200_000]).best()
            guess = best.encoding if best is not None else "cp1252"
            # Short Western text is often guessed as a neighbour of cp1252 (latin-1, cp1250);
            # on the web it is cp1252 in practice (curly quotes at 0x91-0x94).
            if guess in _CP1252_NEIGHBOURS:
                try:
                    data.decode("cp1252")
                    guess = "cp1252"
                except UnicodeDecodeError:
                    pass
            text = data.decode(guess, errors="replace")
            encoding, repaired = guess, True

    if _looks_binary(text):
        return NotText("binary", f"mostly control characters when read as {encoding}: not a text file")

    fixed, mojibake = _repair(text)
    return Decoded(fixed, encoding, repaired or mojibake)


# What ftfy may change: mojibake, NFC, line breaks. Not quotes, ligatures, widths or HTML entities.
_FTFY = ftfy.TextFixerConfig(
    normalization="NFC", unescape_html=False, uncurl_quotes=False, fix_line_breaks=True,
    fix_latin_ligatures=False, fix_character_width=False,
)  # fmt: skip


#: a line of only these characters has nothing for ftfy to fix but its line break: ASCII and the
#: typographic quotes, dashes, ellipsis and bullet of English news. Mojibake of UTF-8 read as a
#: legacy encoding always holds the reading of a lead byte (0xC2-0xF4: "Â", "â", "Ã", Cyrillic
#: letters, "√", "Ä"...), never only these.
_NOTHING_TO_FIX = re.compile("[\t\r\n\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*")


def _repair(text: str) -> tuple[str, bool]:
    """(fixed text, whether mojibake was repaired). ASCII has nothing for ftfy to fix."""
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        return plain, False
    # fix_text works line by line (a page may mix mojibake lines with good ones), so the lines
    # with nothing to fix can skip it: ftfy read every line of a JSONL file, a third of reading it.
    # Whatever it changed beyond NFC and line breaks is a mojibake repair.
    fixed = "".join(
        line.replace("\r\n", "\n").replace("\r", "\n") if _NOTHING_TO_FIX.fullmatch(line)
        else ftfy.fix_text(line, config=_FTFY)
        for line in _ftfy_segments(text)
    )  # fmt: skip
    return fixed, fixed != unicodedata.normalize("NFC", ftfy.fixes.fix_line_breaks(plain))


def _ftfy_segments(text: str) -> list[str]:
    """The pieces ``ftfy.fix_text`` fixes one by one: lines with their "\n", long ones cut."""
    limit = _FTFY.max_decode_length
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]  # the text's end is no line break
    return [line[k : k + limit] for line in lines for k in range(0, len(line), limit)]
