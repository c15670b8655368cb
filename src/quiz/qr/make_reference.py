"""Writes reference.txt: QR symbols made by segno (an independent encoder,
https://pypi.org/project/segno/), which the native tests compare ours with.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install segno==1.6.6
    /tmp/venv/bin/python src/quiz/qr/make_reference.py > src/quiz/qr/reference.txt

Each case: a line "text<TAB>version<TAB>mask<TAB>segno's own mask", then the
rows of the symbol with that forced mask, 1 = dark, without the quiet zone.

No case ends its data exactly on a byte boundary after the terminator:
segno 1.6.6 then adds a zero byte before the 0xEC/0x11 pad codewords
(encoder.write_padding_bits writes 8 - 0 bits), a harmless departure from
ISO/IEC 18004 7.4.10 that our encoder does not copy.
"""
import segno

GROUP = "84J02 4Q08K 7ZM3X PQ1RS VW9TY 0AB5C DEF6G HJK2N".split()


def code(groups):
    return "HTX1-" + "-".join((GROUP * 9)[:groups])


CASES = [
    ("HTX1", None, 0),
    ("HTX1-84J0", None, 3),
    (code(4), None, 5),
    (code(10), None, 1),       # a 20-question code is about 67 characters
    (code(8), None, 3),
    (code(13), None, 6),
    (code(16), None, 4),
    (code(22), None, 2),       # a 63-question code is about 130 characters
    (code(26), 7, 4),          # version 7: the first with version information
    (code(34), None, 7),
    (code(42), None, 0),
    (code(51), 10, 2),
]

for text, version, mask in CASES:
    auto = segno.make_qr(text, error="m", version=version, mode="alphanumeric", boost_error=False)
    qr = segno.make_qr(text, error="m", version=auto.version, mask=mask, mode="alphanumeric", boost_error=False)
    print(f"{text}\t{qr.version}\t{mask}\t{auto.mask}")
    for row in qr.matrix:
        print("".join("1" if m else "0" for m in row))
