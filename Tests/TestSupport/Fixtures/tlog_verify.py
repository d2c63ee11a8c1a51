#!/usr/bin/env python3
"""Verifies a transparency log's claims knowing only the C2SP specs (tlog-tiles,
tlog-proof, tlog-checkpoint, signed-note) and the log's origin and Ed25519 public key, with
stock SHA-256 (hashlib) and Ed25519 (the openssl command).

    tlog_verify.py tiles BASE ORIGIN PUBLIC_KEY_HEX [WITNESS_NAME=PUBLIC_KEY_HEX ...]
        reads the checkpoint and checks its signature (and a tlog-cosignature v1 by each
        witness named), fetches every tile its size needs and recomputes the root hash as
        RFC 6962 defines it, and checks every entry of the entry bundles against its leaf
        hash. BASE is the log's prefix (http://host:port/log; entry bundles are asked for
        gzip-compressed) or a folder written by `glocal publish`. Prints `verified SIZE ROOT_HEX`.
    tlog_verify.py proof PROOF_FILE ENTRY_FILE ORIGIN PUBLIC_KEY_HEX
        checks a tlog-proof that the entry whose bytes are in ENTRY_FILE is in the log:
        the checkpoint's signature, and the inclusion proof from the entry's leaf hash to
        the checkpoint's root. Prints `verified INDEX SIZE`.

Exits 0 when verified, or prints what failed and exits 1."""
import base64
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
import urllib.request


def fail(reason):
    print("failed: " + reason)
    sys.exit(1)


def fetch(base, path):
    """A resource of the log. Over HTTP it asks for gzip as the spec advises clients to,
    and inflates an answer that comes compressed."""
    if base.startswith("http://") or base.startswith("https://"):
        request = urllib.request.Request(base + "/" + path, headers={"Accept-Encoding": "gzip, identity"})
        with urllib.request.urlopen(request) as answer:
            body = answer.read()
            if answer.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return body
    with open(os.path.join(base, path), "rb") as file:
        return file.read()


def encoded_index(n):
    groups = []
    while True:
        groups.insert(0, "%03d" % (n % 1000))
        n //= 1000
        if n == 0:
            break
    return "/".join(["x" + group for group in groups[:-1]] + [groups[-1]])


def tile_path(level, index, width):
    return "tile/%s/%s%s" % (level, encoded_index(index), "" if width == 256 else ".p/%d" % width)


def ed25519_valid(message, signature, public_key):
    with tempfile.TemporaryDirectory() as folder:
        der = bytes.fromhex("302a300506032b6570032100") + public_key
        pem = "-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(der).decode() + "\n-----END PUBLIC KEY-----\n"
        paths = {name: os.path.join(folder, name) for name in ("key.pem", "message", "signature")}
        for name, content in (("key.pem", pem.encode()), ("message", message), ("signature", signature)):
            with open(paths[name], "wb") as file:
                file.write(content)
        checked = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", paths["key.pem"], "-rawin",
                                  "-in", paths["message"], "-sigfile", paths["signature"]], capture_output=True)
        return checked.returncode == 0


def verify_signature(text, signature_line, origin, public_key):
    name, _, encoded = signature_line[len("\u2014 "):].partition(" ")
    if name != origin:
        fail("the signature is by %r, not %r" % (name, origin))
    blob = base64.b64decode(encoded)
    key_hash = hashlib.sha256(origin.encode() + b"\n" + b"\x01" + public_key).digest()[:4]
    if blob[:4] != key_hash:
        fail("the signature's key hash is not the key's")
    if not ed25519_valid(text.encode(), blob[4:], public_key):
        fail("the checkpoint's Ed25519 signature does not verify")


def verify_cosignature(text, signature_lines, name, public_key):
    """A tlog-cosignature v1 by witness `name` on the checkpoint whose note text is `text`."""
    key_hash = hashlib.sha256(name.encode() + b"\n" + b"\x04" + public_key).digest()[:4]
    for line in signature_lines:
        signer, _, encoded = line[len("\u2014 "):].partition(" ")
        blob = base64.b64decode(encoded)
        if signer != name or blob[:4] != key_hash or len(blob) != 76:
            continue
        timestamp = int.from_bytes(blob[4:12], "big")
        message = ("cosignature/v1\ntime %d\n" % timestamp).encode() + text.encode()
        if ed25519_valid(message, blob[12:], public_key):
            return
    fail("no valid cosignature by the witness %s" % name)


def open_checkpoint(note, origin, public_key, witnesses=()):
    """The size and root hash of a signed checkpoint note, once its signature (and a
    cosignature by each of `witnesses`, (name, public key) pairs) is checked."""
    text, _, signatures = note.partition("\n\n")
    text += "\n"
    lines = text.split("\n")
    if lines[0] != origin:
        fail("the checkpoint's origin is %r" % lines[0])
    signed = [line for line in signatures.split("\n") if line.startswith("\u2014 " + origin + " ")]
    if not signed:
        fail("no signature by the log")
    verify_signature(text, signed[0], origin, public_key)
    for name, key in witnesses:
        verify_cosignature(text, [line for line in signatures.split("\n") if line], name, key)
    return int(lines[1]), base64.b64decode(lines[2])


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_proof(proof_path, entry_path, origin, public_key):
    text = open(proof_path).read()
    head, _, note = text.partition("\n\n")
    lines = head.split("\n")
    if lines[0] != "c2sp.org/tlog-proof@v1":
        fail("not a tlog-proof")
    if lines[1].startswith("extra "):
        lines.pop(1)
    if not lines[1].startswith("index ") or not lines[1][6:].isdigit():
        fail("no index line")
    index = int(lines[1][6:])
    hashes = [base64.b64decode(line) for line in lines[2:]]
    size, root = open_checkpoint(note, origin, public_key)
    if index >= size:
        fail("the index is beyond the checkpoint")
    # RFC 9162, section 2.1.3.2: from the leaf up, the sibling on the side the index says.
    current = hashlib.sha256(b"\x00" + open(entry_path, "rb").read()).digest()
    fn, sn = index, size - 1
    for sibling in hashes:
        if sn == 0:
            fail("the proof is too long")
        if fn & 1 or fn == sn:
            current = node(sibling, current)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            current = node(current, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0 or current != root:
        fail("the inclusion proof does not lead to the checkpoint's root")
    print("verified %d %d" % (index, size))


def verify_tiles(base, origin, public_key, witnesses):
    size, root = open_checkpoint(fetch(base, "checkpoint").decode(), origin, public_key, witnesses)

    tiles = {}

    def tile_hash(level, index):
        tile, position = divmod(index, 256)
        span = size // 256 ** level
        width = 256 if (tile + 1) * 256 <= span else span % 256
        if (level, tile) not in tiles:
            data = fetch(base, tile_path(level, tile, width))
            if len(data) != 32 * width:
                fail("%s is %d bytes, not %d" % (tile_path(level, tile, width), len(data), 32 * width))
            tiles[(level, tile)] = data
        return tiles[(level, tile)][32 * position:32 * position + 32]

    def subtree(height, index):
        if height % 8 == 0:
            return tile_hash(height // 8, index)
        return node(subtree(height - 1, 2 * index), subtree(height - 1, 2 * index + 1))

    def tree_hash(start, count):
        if count & (count - 1) == 0:
            height = count.bit_length() - 1
            return subtree(height, start >> height)
        split = 1 << (count.bit_length() - 1)
        return node(tree_hash(start, split), tree_hash(start + split, count - split))

    if size == 0:
        fail("the checkpoint is of an empty log")
    if tree_hash(0, size) != root:
        fail("the root recomputed from the tiles is not the checkpoint's")
    for bundle in range((size + 255) // 256):
        width = min(256, size - bundle * 256)
        data = fetch(base, tile_path("entries", bundle, width))
        offset, position = 0, 0
        while offset < len(data):
            length = int.from_bytes(data[offset:offset + 2], "big")
            entry = data[offset + 2:offset + 2 + length]
            offset += 2 + length
            seq = bundle * 256 + position
            if hashlib.sha256(b"\x00" + entry).digest() != tile_hash(0, seq):
                fail("entry %d does not hash to its leaf" % seq)
            position += 1
        if position != width or offset != len(data):
            fail("entry bundle %d holds %d entries, not %d" % (bundle, position, width))
    print("verified %d %s" % (size, root.hex()))


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "tiles":
        witnesses = [(name, bytes.fromhex(key)) for name, _, key in (argument.rpartition("=") for argument in sys.argv[5:])]
        verify_tiles(sys.argv[2].rstrip("/"), sys.argv[3], bytes.fromhex(sys.argv[4]), witnesses)
    elif len(sys.argv) == 6 and sys.argv[1] == "proof":
        verify_proof(sys.argv[2], sys.argv[3], sys.argv[4], bytes.fromhex(sys.argv[5]))
    else:
        fail("usage: tlog_verify.py tiles BASE ORIGIN PUBLIC_KEY_HEX [WITNESS_NAME=PUBLIC_KEY_HEX ...] | proof PROOF_FILE ENTRY_FILE ORIGIN PUBLIC_KEY_HEX")


main()
