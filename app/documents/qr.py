"""The QR code of a verification mark, module for module the one segno makes, faster.

segno is kept for what differs from one code to the next: the segments, the version, the
error level it may raise, the codewords and their error correction. What only depends on
the version (where each bit goes, the finder, timing and alignment patterns, which cells
the fixed mask flips) is worked out once per version, and a code is then filled in one
pass; segno placed and masked every cell of every code in Python, a third of the time a
convention's letterhead took. `tests/test_qr.py` checks the modules against segno's.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, zip_longest
from typing import Any

from segno import consts, encoder

# segno's tables, typed loosely in its stubs: capacity and error-correction blocks by
# version and error level.
_CAPACITY: Any = consts.SYMBOL_CAPACITY
_BLOCKS: Any = consts.ECC

ERROR = "m"
# A fixed mask skips segno's search of the best of eight (3.5 ms a code); every mask
# reads the same, only the pattern's look changes.
MASK = 0
_lock = threading.Lock()


def qr_matrix(payload: str) -> tuple[bytearray, ...]:
    """The modules of the QR code of `payload` (1 dark, 0 light), row by row, exactly as
    `segno.make(payload, error="m", micro=False, mask=0).matrix`.

    The fast path leans on segno's encoder functions, which are not its published API: if
    an upgrade renames one, the code is made by `segno.make` itself, only slower."""
    try:
        return _fast_matrix(payload)
    except (AttributeError, TypeError, KeyError):
        import segno

        code = segno.make(payload, error=ERROR, micro=False, mask=MASK, boost_error=True)
        return tuple(bytearray(row) for row in code.matrix)


def _fast_matrix(payload: str) -> tuple[bytearray, ...]:
    segments = encoder.prepare_data(payload, None, None)
    level = encoder.normalize_errorlevel(ERROR)
    version = encoder.find_version(segments, level, eci=False, micro=False)
    level = encoder.boost_error_level(version, level, segments, False)
    layout = _layout(version, level)
    bits = _message(segments, version, level, len(layout.flips))
    masked = (int.from_bytes(bits, "big") ^ layout.flip_bits).to_bytes(len(bits), "big")
    flat = bytes(map((layout.fixed + masked).__getitem__, layout.sources))
    size = layout.size
    return tuple(bytearray(flat[start:start + size]) for start in range(0, len(flat), size))


_BITS = [bytes((value >> shift) & 1 for shift in range(7, -1, -1)) for value in range(256)]


class _Codewords:
    """The data codewords in the form segno's make_blocks reads them."""

    def __init__(self, codewords: bytes) -> None:
        self.codewords = codewords

    def toints(self) -> Iterator[int]:
        return iter(self.codewords)


def _message(segments: encoder.Segments, version: int, level: int, cells: int) -> bytes:
    """The final bit stream (data, then error correction codewords, interleaved by
    block, then the remainder bits) as segno places it, one byte per bit."""
    buffer = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(buffer, segment, None, encoder.version_range(version), False)
    capacity = _CAPACITY[version][level]
    encoder.write_terminator(buffer, capacity, None, len(buffer))
    encoder.write_padding_bits(buffer, version, len(buffer))
    encoder.write_pad_codewords(buffer, version, capacity, len(buffer))
    data = bytes(buffer.getbits())
    codewords = int(data.translate(_DIGITS), 2).to_bytes(len(data) // 8, "big")
    data_blocks, error_blocks = encoder.make_blocks(_BLOCKS[version][level],
                                                    _Codewords(codewords))
    ordered = [value for blocks in (data_blocks, error_blocks)
               for value in chain.from_iterable(zip_longest(*blocks)) if value is not None]
    bits = b"".join(map(_BITS.__getitem__, ordered))
    remainder = cells - len(bits)
    if not 0 <= remainder < 8:
        raise ValueError(f"QR version {version}: {len(bits)} bits for {cells} cells")
    return bits + bytes(remainder)


_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


@dataclass(frozen=True)
class _Layout:
    size: int
    fixed: bytes  # every module of a code whose data bits are all light, row by row
    flips: bytes  # the mask bit of each data bit, in bit order
    flip_bits: int  # the same as one number, to mask a whole message with one xor
    sources: tuple[int, ...]  # each module: from `fixed`, or from the masked bits after it


@lru_cache(maxsize=8)
def _layout(version: int, level: int) -> _Layout:
    """Where a version's bits go, in segno's order (ISO/IEC 18004 7.7.3: two-module
    columns from the right, alternately upwards and downwards, the vertical timing
    column skipped), whether mask 0 flips each, and the format and version information,
    which segno writes last over whatever lies beneath."""
    with _lock:
        size = encoder.calc_matrix_size(version)
        matrix = encoder.make_matrix(size, size)
        encoder.add_finder_patterns(matrix, size, size)
        encoder.add_alignment_patterns(matrix, size, size)
        # segno masks the cells its function-pattern matrix leaves unset, the dark
        # module excepted.
        patterns = tuple(bytearray(row) for row in matrix)
        patterns[-8][8] = 0x1
        mask = encoder.get_data_mask_functions(False)[MASK]
        cells: list[tuple[int, int]] = []
        flips = bytearray()
        for right in range(size - 1, 0, -2):
            if right <= 6:
                right -= 1
            for vertical in range(size):
                for offset in range(2):
                    column = right - offset
                    upwards = ((right & 2) == 0) ^ (column < 6)
                    row = size - 1 - vertical if upwards else vertical
                    if matrix[row][column] == 0x2:
                        cells.append((row, column))
                        flips.append(int(mask(row, column)) if patterns[row][column] > 0x1
                                     else 0)
        unset = 0x7
        for row, column in cells:
            matrix[row][column] = unset
        encoder.add_format_info(matrix, version, level, MASK)
        encoder.add_version_info(matrix, version)
        fixed = b"".join(bytes(row) for row in matrix)
        sources = list(range(size * size))
        for index, (row, column) in enumerate(cells):
            if matrix[row][column] == unset:  # not written over by the format information
                sources[row * size + column] = len(fixed) + index
        return _Layout(size, fixed, bytes(flips), int.from_bytes(flips, "big"),
                       tuple(sources))
