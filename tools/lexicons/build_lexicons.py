#!/usr/bin/env python3
"""Build Cartograph's lexicons (techniques, organizations, products, domains).

Usage:  python3 tools/lexicons/build_lexicons.py [SOURCES_DIR]
        (default SOURCES_DIR: ../shared/lexicon-sources relative to the repo root)

Reads the open-data snapshots in SOURCES_DIR (see each folder's SOURCE.md) plus the
hand-written tools/lexicons/additions/*.tsv and writes
src/Cartograph/Lexicons/Data/{techniques,organizations,products,domains}.tsv.

Line format: canonical<TAB>aliases(|-joined)<TAB>flags(comma-joined: cs,cap,weak,broad)<TAB>extra
(extra = maker organization for products).  Output is sorted ordinally by canonical and
fully deterministic.  stdlib only.
"""
import csv
import json
import os
import re
import sys
import urllib.parse
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "Cartograph", "Lexicons", "Data")
ADD_DIR = os.path.join(HERE, "additions")
KINDS = ["techniques", "organizations", "products", "domains"]

csv.field_size_limit(10 ** 9)
REPORT = []  # lines for the build report


def report(msg):
    REPORT.append(msg)


# ---------------------------------------------------------------------------
# normalisation (mirrors what the matcher does: case, hyphen/space, regular plurals)
# ---------------------------------------------------------------------------
def norm_key(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[-_/\u2010-\u2015]", " ", s)
    s = re.sub(r"[\"'`().,:;!?\[\]{}]", " ", s)
    toks = []
    for t in s.split():
        if len(t) > 3 and t.endswith("ies") and not t.endswith("eies"):
            t = t[:-3] + "y"
        elif len(t) > 3 and t.endswith("s") and not t.endswith("ss") and not t.endswith("us") and not t.endswith("is"):
            t = t[:-1]
        toks.append(t)
    return " ".join(toks)


def clean(s):
    s = (s or "").replace("\t", " ").replace("|", "/").replace("\n", " ").replace("\r", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .;,")


def upper_count(s):
    return sum(1 for c in s if c.isupper())


def is_acronymish(w):
    """Token with an internal capital or digit mix: ReLU, LSTM, GPT-4, 3D, ResNet."""
    core = re.sub(r"[^A-Za-z0-9]", "", w)
    return bool(core) and (any(c.isupper() for c in core[1:]) or (core.isupper() and len(core) > 1))


PROPER = {
    "gaussian", "bayesian", "markov", "monte", "carlo", "adam", "nesterov", "xavier", "kaiming", "he",
    "laplacian", "laplace", "boltzmann", "hopfield", "kohonen", "wasserstein", "euclidean", "hebbian",
    "fourier", "hessian", "newton", "poisson", "dirichlet", "bernoulli", "gumbel", "langevin", "hamiltonian",
    "lipschitz", "cauchy", "huber", "hinge", "shapley", "jacobi", "gauss", "seidel", "kalman", "viterbi",
    "bellman", "lagrangian", "riemannian", "stein", "tikhonov", "nyström", "nystrom", "chebyshev",
    "legendre", "hermite", "bregman", "wishart", "weibull", "student", "polyak", "metropolis", "hastings",
    "gibbs", "ising", "potts", "turing", "arabic", "chinese", "english", "french", "german", "spanish",
    "japanese", "korean", "hindi", "bengali", "urdu", "russian", "portuguese", "italian", "dutch",
    "vietnamese", "thai", "turkish", "persian", "indonesian", "swahili", "hebrew", "greek", "polish",
    "czech", "swedish", "finnish", "danish", "norwegian", "hungarian", "romanian", "ukrainian", "tamil",
    "telugu", "marathi", "gujarati", "kannada", "malayalam", "punjabi", "nepali", "sinhala", "amharic",
    "yoruba", "hausa", "igbo", "zulu", "tagalog", "filipino", "malay", "catalan", "basque", "irish",
    "welsh", "latin", "sanskrit", "atari", "minecraft", "starcraft", "dota", "go", "lidar", "python",
    "wikipedia", "twitter", "reddit", "amazon", "google", "kinect", "android", "ios", "linux", "covid",
    "alzheimer's", "parkinson's", "ct", "mri", "sql", "tsetlin", "lyapunov", "pareto", "nash", "stackelberg",
}


def lower_label(s):
    """Lower-case a label word by word, keeping acronyms/internal capitals and proper nouns."""
    out = []
    for word in s.split(" "):
        parts = re.split(r"([-/])", word)
        res = []
        for p in parts:
            if p in ("-", "/") or not p:
                res.append(p)
            elif is_acronymish(p):
                res.append(p)
            elif p.lower().strip("()") in PROPER and p[:1].isupper():
                res.append(p)
            else:
                res.append(p.lower())
        out.append("".join(res))
    return " ".join(out)


# ---------------------------------------------------------------------------
# lexicon container
# ---------------------------------------------------------------------------
class Entry:
    __slots__ = ("canonical", "aliases", "flags", "extra", "source", "hand")

    def __init__(self, canonical, aliases=(), flags=(), extra="", source="", hand=False):
        self.canonical = canonical
        self.aliases = []
        for a in aliases:
            if a and a != canonical and a not in self.aliases:
                self.aliases.append(a)
        self.flags = set(f for f in flags if f)
        self.extra = extra
        self.source = source
        self.hand = hand

    def forms(self):
        return [self.canonical] + self.aliases


class Lexicon:
    def __init__(self, kind):
        self.kind = kind
        self.entries = []
        self.by_key = {}  # norm key -> entry

    def find(self, surface):
        return self.by_key.get(norm_key(surface))

    def add(self, e):
        """Add an entry; if its canonical (or an alias) already names an entry, merge into it."""
        e.canonical = clean(e.canonical)
        e.aliases = [clean(a) for a in e.aliases if clean(a)]
        if not e.canonical or not norm_key(e.canonical):
            return None
        target = self.by_key.get(norm_key(e.canonical))
        if target is None:
            for a in e.aliases:
                t = self.by_key.get(norm_key(a))
                if t is not None and t.hand and not e.hand:
                    target = t  # a source row that is a variant of a hand-curated entry
                    break
        if target is not None:
            if target is not e:
                if target.hand and e.hand:
                    report(f"[{self.kind}] duplicate hand entry merged: {e.canonical!r} -> {target.canonical!r}")
                for f in e.forms():
                    self._add_alias(target, f, quiet=True)
                if not target.extra and e.extra:
                    target.extra = e.extra
            return target
        self.entries.append(e)
        self.by_key[norm_key(e.canonical)] = e
        aliases, e.aliases = e.aliases, []
        for a in aliases:
            self._add_alias(e, a)
        return e

    def _add_alias(self, e, a, quiet=False):
        a = clean(a)
        if not a:
            return
        k = norm_key(a)
        if not k:
            return
        if k == norm_key(e.canonical) and a == e.canonical:
            return
        owner = self.by_key.get(k)
        if owner is None:
            self.by_key[k] = e
            e.aliases.append(a)
        elif owner is e:
            # same normalised form already present; keep a distinct case variant only if it is case-sensitive
            if a not in e.forms() and any(is_acronymish(w) for w in a.split()) and not any(
                    is_acronymish(w) for x in e.forms() if norm_key(x) == k for w in x.split()):
                e.aliases.append(a)
        else:
            report(f"[{self.kind}] alias {a!r} of {e.canonical!r} dropped: already names {owner.canonical!r}")

    def remove_form(self, key, why):
        e = self.by_key.get(key)
        if e is None:
            return
        if norm_key(e.canonical) == key:
            for f in e.forms():
                if self.by_key.get(norm_key(f)) is e:
                    del self.by_key[norm_key(f)]
            self.entries.remove(e)
            report(f"[{self.kind}] entry {e.canonical!r} dropped: {why}")
        else:
            e.aliases = [a for a in e.aliases if norm_key(a) != key]
            del self.by_key[key]
            report(f"[{self.kind}] alias of {e.canonical!r} dropped ({key!r}): {why}")


# ---------------------------------------------------------------------------
# filters / word lists
# ---------------------------------------------------------------------------
# PwC method names that are everyday words or clearly not generic methods: dropped.
PWC_DROP = {
    "accordion", "apollo", "blender", "chimera", "crossbow", "demon", "electric", "florence", "focus",
    "grab", "gravity", "hamburger", "herring", "hydra", "jigsaw", "library", "lib", "macaw", "parrot",
    "performer", "phish", "poly", "polynomial", "primer", "rendezvous", "serf", "siren", "sophia", "soups",
    "tofu", "wizard", "lion", "parallax", "retrace", "fragmentation", "ontology", "deflation",
    "counterfactuals", "patching", "synthesizer", "heatmap", "nipuna", "metrix", "fawkes", "morphence",
    "dorylus", "strip", "mask", "step", "spread", "base", "beam", "shield", "mirror", "anchor", "bridge",
    "gate", "bottleneck", "dhf", "dfh", "discgabor", "hdxresnet", "imagemorph", "intgauss", "intgaussder",
    "kdm", "timecausgabor", "timecauslimitkernel", "sscs", "electra", "electric", "fishr", "deflation",
    "chinchilla", "galactica", "meena", "pythia", "jukebox", "dreamix", "bort", "coresets", "demon adam",
}
# kept, but only when written capitalised (proper-name-like method names)
PWC_CAP = {"adam", "mamba", "adan", "lookahead", "sarsa", "swish", "mish", "smish", "tacotron", "xception"}
# kept, but weak: a common word that must not create a node on its own
PWC_WEAK = {"transformer", "attention", "convolution", "diffusion", "adapter", "pruning", "dropout",
            "softmax", "mixup", "cutout", "inpainting", "colorization", "involution", "lookahead",
            "linear layer", "dense connections", "residual connection", "concatenation", "gating",
            "pooling", "normalization", "embedding", "tokenization", "augmentation", "regularization"}

# generic single words that must never be nodes (domains / techniques from sources)
GENERIC = set("""
all attribute benchmarking blocking classification clustering descriptive diagnostic form management
miscellaneous prediction reconstruction regression retrieval segmentation scheduling search video audio
image images text language speech vision other games mathematics biology medicine 3d robotics recommendation
sports geometry proteins chat translation driving go chess poker doom atari diplomacy business production
research security information computer computers computing data knowledge systems system theory model models
method methods design analysis control learning networks network software hardware applications application
optimization simulation performance quality engineering technology technologies science sciences problem
problems process processes algorithm algorithms approach approaches framework frameworks tools tool service
services evaluation experiments experiment structure function functions agents agent memory planning
reasoning communication communications education health internet web mobile sensors sensor signal signals
energy time space environment environments humans human users user interaction interactions behavior
specificity transferability informativeness memorization negation misconceptions rhythm navigate sand
humanitarian nutrition philosophy prehistory sociology jurisprudence ethics fairness hallucination
implicatures econometrics epidemiology geophysics astronomy anatomy virology marketing math caricature
self-learning elasticity3d resynthesis subsequence decision making decision-making
""".split())
# domain words that are fine as fields but too common to create a node on their own
DOMAIN_WEAK = set("""
ethics fairness marketing astronomy anatomy epidemiology virology geophysics econometrics philosophy
sociology nutrition hallucination summarization chatbot translation transliteration lemmatization chunking
imputation denoising deblurring colorization binarization misinformation jurisprudence
""".split())

TECH_LAST = set("""
learning network networks net nets algorithm algorithms method methods optimization optimisation optimizer
optimizers regression clustering classifier classifiers machine machines boosting annealing propagation
backpropagation descent distillation quantization quantisation pruning regularization regularisation
normalization normalisation augmentation sampling sampler embedding embeddings encoding encoder encoders
decoder decoders attention autoencoder autoencoders transformer transformers architecture architectures
decoding tuning fine-tuning finetuning training pretraining pre-training adaptation sets logic programming
heuristic heuristics inference perceptron perceptrons forest forests tree trees kernel kernels loss
function activation convolution convolutions pooling layer layers unit units block blocks module modules
mechanism mechanisms policy policies gradient gradients estimator estimators filter filters filtering
search reasoning prompting parallelism caching cache fusion compilation encryption schedule schedules
initialization dropout relu model models
""".split())
DOMAIN_LAST = set("""
recognition detection processing analysis analytics vision retrieval prediction forecasting
classification translation generation synthesis segmentation tracking understanding answering
estimation localization localisation captioning summarization extraction mining diagnosis discovery
modeling modelling navigation manipulation control planning recommendation systems system robotics
imaging monitoring surveillance security editing reconstruction completion verification identification
re-identification parsing tagging labeling labelling alignment matching compression enhancement
restoration super-resolution inpainting animation transfer interpolation prognosis screening
""".split())


def classify(label):
    """Return 'technique' or 'domain' for a task/topic label (default domain)."""
    words = norm_key(label).split()
    if not words:
        return "domain"
    last = words[-1]
    raw_last = label.lower().split()[-1] if label.split() else ""
    if last in {"system", "systems"} and len(words) > 1 and words[-2] in {"recommender", "recommendation", "expert", "multi agent", "agent"}:
        return "domain"
    for cand in (raw_last, last):
        if cand in TECH_LAST:
            return "technique"
        if cand in DOMAIN_LAST:
            return "domain"
    return "domain"


def load_common_words(src):
    """Words used in lower case in running English (descriptions/abstracts of the sources)."""
    cnt = Counter()

    def feed(text):
        if not text:
            return
        for sent in re.split(r"[.!?]\s+", text):
            toks = re.findall(r"[A-Za-z][A-Za-z'-]*", sent)
            for t in toks[1:]:
                if t.islower():
                    cnt[t] += 1

    for m in json.load(open(os.path.join(src, "pwc-methods", "methods.json"), encoding="utf-8")):
        feed(m.get("description"))
    with open(os.path.join(src, "aiaas-companies", "AIDeploymentSupplyChain.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            feed(row.get("Description"))
    with open(os.path.join(src, "epoch-ai-models", "all_ml_systems_full_view_2025-06.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            feed(row.get("Abstract"))
    for m in json.load(open(os.path.join(src, "models-dev", "models.json"), encoding="utf-8"))["data"]:
        feed(m.get("description"))
    return {w for w, c in cnt.items() if c >= 2}


# hand stop-list of everyday words used as brand names (orgs/products from sources)
BRAND_STOP = set("""
ada drift directly gradient continual graft narrator snaps automat cradle galileo heyday form sonar infinity
mercury allegro forefront replicant talla tenyx triple blind quickpath dolphyn diveplane continual
aible aisera mantium modzy human first aura aurora atlas apollo beacon bolt canvas compass core cortex
echo element elements flow forge fusion genesis harbor harmony horizon hub insight insights lattice
layer lens level lumen matrix mosaic nexus nova oasis orbit origin pilot pulse quantum radar scale signal
spark sphere spring summit tempo terra vector vertex vision wave zenith luna stride tribe unity cohort
anyscale clarity cognition kindred sense sift frame fathom glean hebbia writer jasper tome copy jasper
predict loop glimpse sentinel primer nuance notion hive abridge clay mem mutiny runway pika suno
infinity instinct patterns tally tabnine pilot persado regard rewind humane inflection adept imbue
character character.ai cresta mosaic cohere anthropic descript synthesia
""".split()) - {"runway", "pika", "suno", "cohere", "anthropic", "descript", "synthesia", "jasper", "notion",
                 "hebbia", "glean", "abridge", "tabnine", "persado", "inflection", "adept", "imbue", "humane",
                 "writer", "nuance", "clay", "cresta", "anyscale", "character.ai", "character"}

# org name -> canonical org (merges of sub-labs into their parent company)
ORG_MERGE = {
    "Google DeepMind": "Google", "DeepMind": "Google", "Google Brain": "Google", "Google Research": "Google",
    "Google AI": "Google", "Meta AI": "Meta", "Facebook AI Research": "Meta", "Facebook AI": "Meta",
    "Facebook": "Meta", "Microsoft Research": "Microsoft", "Microsoft Research Asia": "Microsoft",
    "Microsoft Research AI for Science": "Microsoft", "Alibaba DAMO Academy": "Alibaba",
    "Alibaba Cloud": "Alibaba", "Qwen Team": "Alibaba", "Amazon Web Services": "Amazon", "AWS": "Amazon",
    "Amazon Machine Learning Solutions Lab": "Amazon", "NVIDIA Research": "NVIDIA", "Nvidia": "NVIDIA",
    "IBM Research": "IBM", "Baidu Research": "Baidu", "Tencent AI Lab": "Tencent", "Huawei Noah's Ark Lab": "Huawei",
    "Samsung Research": "Samsung", "Salesforce Research": "Salesforce", "Moonshot": "Moonshot AI",
    "LumaLabs": "Luma AI", "Pika Labs": "Pika", "Cohere for AI": "Cohere", "Kuaishou Technology": "Kuaishou",
    "Inception Labs": "Inception", "Zhipu AI": "Zhipu AI", "Z.ai": "Zhipu AI",
}

MODELSDEV_LABS = {
    "openai": "OpenAI", "qwen": "Alibaba", "google": "Google", "mistralai": "Mistral AI", "deepseek": "DeepSeek",
    "meta-llama": "Meta", "anthropic": "Anthropic", "z-ai": "Zhipu AI", "x-ai": "xAI", "nvidia": "NVIDIA",
    "arcee-ai": "Arcee AI", "minimax": "MiniMax", "baidu": "Baidu", "nousresearch": "Nous Research",
    "xiaomi": "Xiaomi", "moonshotai": "Moonshot AI", "amazon": "Amazon", "perplexity": "Perplexity",
    "bytedance-seed": "ByteDance", "bytedance": "ByteDance", "cohere": "Cohere", "inclusionai": "Ant Group",
    "liquid": "Liquid AI", "microsoft": "Microsoft", "ibm-granite": "IBM", "poolside": "Poolside",
    "tencent": "Tencent", "rekaai": "Reka AI", "inflection": "Inflection AI", "kwaipilot": "Kuaishou",
    "inception": "Inception", "stepfun": "StepFun", "upstage": "Upstage", "writer": "Writer",
    "allenai": "Allen Institute for AI", "ai21": "AI21 Labs", "alibaba": "Alibaba",
    "prime-intellect": "Prime Intellect", "essentialai": "Essential AI", "deepcogito": "Deep Cogito",
}

SIZE_RE = re.compile(r"(?<!\dx)[\s\-_]*\(?A?\d+(?:\.\d+)?\s?[BMKT]\)?$", re.I)
SUFFIX_RE = re.compile(r"[\s\-_]*(?:\((?:free|fast|beta|exacto|thinking|preview|extended|self-moderated)\)"
                       r"|Instruct|Chat|Base|it|Preview|\d{4}-\d{2}-\d{2}|\d{4}|\d{2}-\d{2})$", re.I)


def product_family(name):
    name = clean(re.sub(r"\([^)]*[^\x00-\x7f][^)]*\)", "", name))  # drop non-Latin parentheticals
    prev = None
    while prev != name:
        prev = name
        name = SIZE_RE.sub("", name).strip(" -_")
        name = SUFFIX_RE.sub("", name).strip(" -_")
    return clean(name)


def plain_word(s):
    return bool(re.fullmatch(r"[A-Z]?[a-z]+", s))


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------
def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            while len(parts) < 4:
                parts.append("")
            if len(parts) > 4:
                sys.exit(f"{path}:{ln}: more than 4 columns")
            canon, aliases, flags, extra = (p.strip() for p in parts)
            rows.append(Entry(canon, [a.strip() for a in aliases.split("|") if a.strip()],
                              [x.strip() for x in flags.split(",") if x.strip()], extra,
                              source=os.path.basename(path), hand=True))
    return rows


def pwc_methods(src, lex):
    data = json.load(open(os.path.join(src, "pwc-methods", "methods.json"), encoding="utf-8"))
    data.sort(key=lambda m: (-(m.get("num_papers") or 0), m.get("name") or ""))
    for m in data:
        name = clean(re.sub(r"\s*\([^)]*\)", "", m.get("name") or ""))
        full = clean(re.sub(r"\s*\([^)]*\)", "", m.get("full_name") or "")) or name
        if sum(1 for w in (full + " " + name).split() if len(w) >= 4 and w.isupper()) >= 3:
            continue  # shouting junk rows
        forms = []
        for s in (full, name):
            if not s or re.fullmatch(r"[\d\s.,%-]+", s) or len(s) <= 2:
                continue
            if s.lower() in PWC_DROP:
                continue
            forms.append(s)
        if not forms:
            continue
        if name.lower() in PWC_DROP and norm_key(name) == norm_key(full):
            continue
        canon = forms[0]
        words = canon.split()
        if not any(is_acronymish(w) for w in words) or len(words) > 1:
            canon = lower_label(canon)
        aliases = [f for f in forms[1:] if f != canon]
        flags = set()
        low = canon.lower()
        if low in PWC_CAP or name.lower() in PWC_CAP:
            flags.add("cap")
        if low in PWC_WEAK:
            flags.add("weak")
        lex.add(Entry(canon, aliases, flags, source="pwc-methods"))


def paren_split(label):
    """'Visual Question Answering (VQA)' -> ('Visual Question Answering', ['VQA']); None if too specific."""
    aliases = []
    m = re.search(r"\s*\(([^()]*)\)\s*", label)
    while m:
        inner = m.group(1).strip()
        if re.fullmatch(r"[A-Za-z0-9\-+&.]+", inner) and upper_count(inner) >= 2:
            aliases.append(inner)
        else:
            return None, []
        label = (label[:m.start()] + " " + label[m.end():]).strip()
        m = re.search(r"\s*\(([^()]*)\)\s*", label)
    return clean(label), aliases


def add_task_label(raw, tech, dom, source):
    raw = clean(raw.strip('"'))
    if not raw or len(raw) < 3:
        return
    if re.search(r"\d+k$|task \d|\bclasses\b|[,;:]|/|\bon\b|\bdataset\b|\bv\d", raw, re.I):
        return
    if "_" in raw or re.search(r"\d", raw) and not re.search(r"\b[1-4]D\b|\b\d+-shot\b", raw):
        return
    label, aliases = paren_split(raw)
    if not label:
        return
    if " " not in label:
        if "-" in label and label.islower():
            label = label.replace("-", " ")  # 'named-entity-recognition'
        elif not plain_word(label.split("-")[0]) or upper_count(label) >= 2 and label.replace("-", "").isupper():
            return  # single all-caps tokens are mostly benchmarks/datasets
    if len(label.split()) > 6:
        return
    canon = lower_label(label)
    if norm_key(canon) in {norm_key(g) for g in GENERIC} or canon.lower() in GENERIC:
        return
    flags = set()
    if " " not in canon and canon.lower() in DOMAIN_WEAK:
        flags.add("weak")
    target = tech if classify(canon) == "technique" else dom
    target.add(Entry(canon, aliases, flags, source=source))


def pwc_tasks(src, tech, dom):
    with open(os.path.join(src, "pwc-tasks", "all_tasks.txt"), encoding="utf-8") as f:
        labels = [l.strip() for l in f]
    hdir = os.path.join(src, "pwc-tasks", "hierarchical")
    for fn in sorted(os.listdir(hdir)):
        with open(os.path.join(hdir, fn), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                labels.append(row.get("Task Name") or "")
                labels.append(row.get("Parent Task") or "")
    for l in sorted(set(labels)):
        add_task_label(l, tech, dom, "pwc-tasks")


def cso(src, tech, dom):
    with open(os.path.join(src, "cso-labels", "subtopics_artificial_intelligence_depth_3.txt"), encoding="utf-8") as f:
        ai = [urllib.parse.unquote(l.strip()) for l in f if l.strip()]
    for t in sorted(set(ai)):
        label, aliases = t, []
        m = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", t)
        if m:
            label, inner = m.group(1), m.group(2)
            aliases = [inner.upper()] if re.fullmatch(r"[a-z0-9\-]+", inner) and len(inner) >= 3 else []
        if len(label.split()) == 1 and (len(label) <= 4 or label in GENERIC):
            continue
        if label in GENERIC or re.search(r"\d", label):
            continue
        if re.fullmatch(r"(agent|agent-)?(based|oriented)", label.split()[-1]):
            continue
        last = label.split()[-1]
        if last not in TECH_LAST and last not in DOMAIN_LAST and norm_key(last) not in TECH_LAST \
                and norm_key(last) not in {norm_key(x) for x in DOMAIN_LAST}:
            continue  # unclassifiable head word ('feature vector', 'agent model'): skip
        target = tech if classify(label) == "technique" else dom
        target.add(Entry(label, aliases, source="cso-ai"))
    # flat CSO concepts: only multi-word labels with an AI/security anchor word and a classifiable head
    anchor = set("""learning neural recognition vision language speech image video semantic ontology robot robotic
    agent fuzzy genetic evolutionary classifier classification clustering detection segmentation embedding generative
    adversarial reinforcement bayesian markov knowledge retrieval recommendation recommender sentiment translation
    dialogue biometric face facial gesture autonomous privacy encryption malware intrusion attack attacks phishing
    cryptographic authentication anomaly forecasting text document question emotion medical clinical
    """.split())
    with open(os.path.join(src, "cso-labels", "concepts.csv"), encoding="utf-8") as f:
        rows = [r["Label"].strip() for r in csv.DictReader(f)]
    for t in sorted(set(rows)):
        t = urllib.parse.unquote(t)
        words = t.split()
        if len(words) < 2 or len(words) > 5 or re.search(r"[^a-z0-9 \-']", t) or re.search(r"\d", t):
            continue
        if not anchor & set(norm_key(t).split()) and not anchor & set(words):
            continue
        last = words[-1]
        if last not in TECH_LAST and last not in DOMAIN_LAST and norm_key(last) not in TECH_LAST:
            continue
        if words[0] in {"the", "a", "an", "of", "new", "novel", "proposed", "existing", "other", "various"}:
            continue
        target = tech if classify(t) == "technique" else dom
        if target.find(t) is None and (tech.find(t) is None and dom.find(t) is None):
            target.add(Entry(t, [], source="cso-concepts"))


def org_forms(name):
    """'Massachusetts Institute of Technology (MIT)' -> ('Massachusetts Institute of Technology', ['MIT'])."""
    name = clean(name.strip('"').replace("\u201c", "").replace("\u201d", ""))
    aliases = []
    m = re.fullmatch(r"(.*?)\s*\(([^()]+)\)\s*(.*)", name)
    if m:
        base = clean(m.group(1) + " " + m.group(3))
        inner = m.group(2).strip()
        if re.fullmatch(r"fka .*|formerly .*", inner, re.I):
            aliases.append(re.sub(r"^(fka|formerly)\s+", "", inner, flags=re.I))
        elif len(inner) >= 2 and not re.search(r"[^\x00-\x7f]", inner):
            if len(inner.split()) <= 4:
                aliases.append(inner)
        name = base
    if " / " in name:
        parts = [clean(p) for p in name.split(" / ")]
        name, aliases = parts[0], aliases + parts[1:]
    return name, aliases


def org_flags(name):
    return {"cap"} if plain_word(name) else set()


def epoch_orgs(src, orgs, common):
    with open(os.path.join(src, "epoch-ai-models", "organizations_2025-04.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in sorted(rows, key=lambda r: r["Organization"].strip()):
        name, aliases = org_forms(r["Organization"])
        if re.search(r":|\bdataset\b|^(Telecommunication|Research|Technology) Company$", name or "", re.I):
            continue  # junk rows ('MUM dataset by: Google')
        if not name or len(name) <= 2 and not name.isupper():
            continue
        if name in ORG_MERGE:
            aliases = [name] + aliases
            name = ORG_MERGE[name]
        if plain_word(name) and (name.lower() in common or name.lower() in BRAND_STOP) and orgs.find(name) is None:
            report(f"[organizations] epoch org {name!r} skipped: everyday word")
            continue
        aliases = [a for a in aliases if len(a) > 2 and not (plain_word(a) and a.lower() in common)]
        orgs.add(Entry(name, aliases, org_flags(name), source="epoch-orgs"))


BIG_PREFIX = re.compile(r"^(Amazon|Google|Microsoft|Azure|AWS|IBM|Apple|Meta|Facebook|NVIDIA|Nvidia|Oracle|SAP|Salesforce)\s+\S")


def aiaas_orgs(src, orgs, common):
    with open(os.path.join(src, "aiaas-companies", "AIDeploymentSupplyChain.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in sorted(rows, key=lambda r: r["NAME"]):
        raw = r["NAME"]
        if (r.get("Sub-Category") or "").startswith("FM ") or ":" in raw:
            continue  # foundation-model / dataset rows ('BERT', 'MUM dataset by: Google'), not companies
        if len(raw) > 40 or len(raw.split()) > 5:
            continue
        name, aliases = org_forms(raw)
        if not name or len(name) <= 2:
            continue
        if BIG_PREFIX.match(name) and orgs.find(name) is None:
            continue  # 'Amazon Lex', 'Google Cloud Vision': products of a big company, not companies
        if name in ORG_MERGE:
            aliases, name = [name] + aliases, ORG_MERGE[name]
        low = name.lower()
        if orgs.find(name) is None and (low in BRAND_STOP or (plain_word(name) and low in common)
                                        or re.fullmatch(r"[a-z]+( [a-z]+)*", name) and plain_word(name.split()[0])
                                        and all(w in common for w in low.split())):
            report(f"[organizations] aiaas {name!r} skipped: everyday word(s)")
            continue
        orgs.add(Entry(name, aliases, org_flags(name), source="aiaas"))


def resolve_maker(orgs, name):
    name = clean(name)
    if name in ORG_MERGE:
        name = ORG_MERGE[name]
    e = orgs.find(name)
    if e is None:
        base, _ = org_forms(name)
        e = orgs.find(ORG_MERGE.get(base, base))
    return e.canonical if e else None


RELEASED = {"API access", "Hosted access (no API)", "Open weights (unrestricted)", "Open weights (restricted use)",
            "Open weights (non-commercial)"}


def split_orgs(cell):
    out, depth, cur = [], 0, ""
    for ch in cell:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


PRODUCT_WORDS = set("mini nano turbo preview pro flash large small medium lite plus max ultra instruct reasoning "
                    "coder vision thinking fast base chat omni image video voice audio realtime code edge".split())


PRODUCT_STOP = set("amber arctic cygnet cognitron mercury sonar infinity allegro gato flamingo chinchilla gopher "
                   "sparrow parti imagen muse phoenix falcon jurassic orca dolly vicuna alpaca koala".split()) - {
    "imagen", "falcon", "vicuna", "alpaca", "dolly", "orca", "chinchilla", "gopher", "flamingo"}


def product_ok(name, common):
    if any(w.isalpha() and w.islower() and len(w) > 3 and w not in PRODUCT_WORDS for w in name.split()):
        return False  # descriptive names ('LTE speaker verification system')
    if len(name.split()) >= 3 and not any(is_acronymish(w) or re.search(r"\d", w) for w in name.split()):
        return False  # 'Linear Decision Functions'
    if len(name) <= 2 or re.fullmatch(r"[\d\s.\-]+", name):
        return False
    if plain_word(name) and (name.lower() in common or name.lower() in BRAND_STOP or name.lower() in PRODUCT_STOP):
        return False
    if len(name) > 40 or len(name.split()) > 5:
        return False
    return True


def epoch_products(src, orgs, prods, dom, common):
    rows = []
    with open(os.path.join(src, "epoch-ai-models", "all_ml_systems_full_view_2025-06.csv"), encoding="utf-8") as f:
        rows += [(r, "epoch-models") for r in csv.DictReader(f)]
    with open(os.path.join(src, "epoch-ai-models", "all_ai_models_2025-03.csv"), encoding="utf-8") as f:
        rows += [(r, "epoch-models") for r in csv.DictReader(f)]
    rows.sort(key=lambda x: (x[0].get("Publication date") or "", x[0]["Model"]), reverse=True)
    for r, source in rows:
        for t in (r.get("Task") or "").split(","):
            t = clean(t)
            if t and "/" not in t:
                add_task_label(t, TECH_FOR_TASKS, dom, "epoch-tasks")
        cats = split_orgs(r.get("Organization categorization") or "")
        orgnames = split_orgs(r.get("Organization") or "")
        notable = r.get("Notability criteria") or ""
        released = r.get("Model accessibility") in RELEASED
        if "Industry" not in cats:
            continue
        if not (released and (r.get("Publication date") or "") >= "2020") and not re.search(
                r"Significant use|Historical significance", notable):
            continue
        maker = None
        for o, c in zip(orgnames, cats + [""] * len(orgnames)):
            if c == "Industry":
                maker = resolve_maker(orgs, o)
                if maker:
                    break
        if not maker:
            continue
        fam, paliases = paren_split(product_family(r["Model"]))
        if not fam:
            fam, paliases = clean(re.sub(r"\s*\([^)]*\)", "", product_family(r["Model"]))), []
        if not product_ok(fam, common) or fam.count("-") >= 3:
            continue
        full = clean(r["Model"].replace("\n", ""))
        prods.add(Entry(fam, paliases, {"cap"} if plain_word(fam) else set(), maker, source=source))
        del full


def modelsdev_products(src, orgs, prods, common):
    data = json.load(open(os.path.join(src, "models-dev", "models.json"), encoding="utf-8"))["data"]
    for m in sorted(data, key=lambda m: m["id"]):
        lab = m["id"].split("/")[0]
        if lab not in MODELSDEV_LABS:
            continue
        maker = resolve_maker(orgs, MODELSDEV_LABS[lab])
        if not maker:
            report(f"[products] models.dev lab {lab!r}: maker {MODELSDEV_LABS[lab]!r} not in organizations")
            continue
        name = m["name"].split(":", 1)[1] if ":" in m["name"] else m["name"]
        if re.search(r"\bLatest\b|\bRouter\b|\bAuto\b", name):
            continue
        fam = product_family(name)
        if not product_ok(fam, common):
            continue
        prods.add(Entry(fam, [], {"cap"} if plain_word(fam) else set(), maker, source="models.dev"))


TECH_FOR_TASKS = None  # set in main (technique lexicon, for task labels classified as methods)


# ---------------------------------------------------------------------------
def cross_resolve(lexes):
    """The same normalised surface form must not be in two files: keep one, report the rest."""
    order = {"products": 0, "organizations": 1, "domains": 2, "techniques": 3}
    keys = {}
    for kind, lex in lexes.items():
        for k, e in lex.by_key.items():
            keys.setdefault(k, []).append((kind, e))
    for k in sorted(keys):
        owners = keys[k]
        if len(owners) < 2:
            continue

        def rank(o):
            kind, e = o
            is_canon = norm_key(e.canonical) == k
            if {x[0] for x in owners} >= {"organizations", "products"} and not e.hand:
                pref = 0 if kind == "organizations" else 1  # products win only when hand-curated
            elif {x[0] for x in owners} >= {"techniques", "products"} and kind in ("techniques", "products") \
                    and not any(x[1].hand for x in owners):
                pref = 0 if kind == "techniques" else 1  # PwC method (SimCLR, BERT) beats a model-as-product row
            elif {x[0] for x in owners} >= {"techniques", "domains"} and kind in ("techniques", "domains"):
                pref = 0 if kind == ("techniques" if classify(e.canonical) == "technique" else "domains") else 1
            else:
                pref = order[kind]
            return (0 if e.hand else 1, 0 if is_canon else 1, pref, order[kind])

        owners.sort(key=rank)
        win_kind, win = owners[0]
        for kind, e in owners[1:]:
            if e.hand and win.hand and norm_key(e.canonical) == k and norm_key(win.canonical) == k:
                report(f"!! hand conflict {k!r}: {win_kind}:{win.canonical!r} vs {kind}:{e.canonical!r}")
            lexes[kind].remove_form(k, f"also in {win_kind} as {win.canonical!r}")


def exclude(lexes):
    """Forms listed in additions/exclude.tsv are removed: everyday words and junk rows."""
    p = os.path.join(ADD_DIR, "exclude.tsv")
    if not os.path.exists(p):
        return
    for line in open(p, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        kind, form = line.split("\t", 1)
        lexes[kind].remove_form(norm_key(form), "excluded by hand (additions/exclude.tsv)")


def weaken_everyday_words(lexes):
    """A one-word technique or domain from the open data that is an everyday English word ("hand", "sentence",
    "diversity", "unity") becomes weak: it counts only in context (listed with others, "for X", said again and
    again). Hand-written entries are left as written. The dictionary is src/.../everyday-words.txt (SCOWL)."""
    path = os.path.join(OUT_DIR, "everyday-words.txt")
    if not os.path.exists(path):
        return
    words = {l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")}
    for kind in ("techniques", "domains"):
        for e in lexes[kind].entries:
            if e.hand or " " in e.canonical or "-" in e.canonical or "weak" in e.flags or e.canonical != e.canonical.lower():
                continue
            if e.canonical.lower() in words:
                e.flags = set(e.flags) | {"weak"}
                report(f"[{kind}] {e.canonical!r} weak: an everyday word")


def title_case_brands(lexes):
    """A company whose one-word name is set in capitals ("NVIDIA", "LAION") is as often written with one capital
    ("Nvidia", "Laion"): that spelling becomes an alias, unless the word is an everyday English word ("FIRST", "HERE",
    "SHARP") that would then be read as the name. Products are left alone: one capital turns too many of their
    names into people's names ("FRED", "ERNIE", "PLATO")."""
    path = os.path.join(OUT_DIR, "everyday-words.txt")
    if not os.path.exists(path):
        return
    words = {l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")}
    for kind in ("organizations",):
        for e in lexes[kind].entries:
            for form in list(e.forms()):
                if len(form) < 4 or not form.isalpha() or not form.isupper() or form.lower() in words:
                    continue
                title = form[0] + form[1:].lower()
                if title not in e.forms():
                    e.aliases.append(title)
                    report(f"[{kind}] {form!r} also written {title!r}")
    # a product's capitals before a hyphen are a brand all the same when written with one ("Dall-E", "Vall-E"),
    # and the hyphen keeps the word from being read as a person's name
    for e in lexes["products"].entries:
        for form in list(e.forms()):
            m = re.fullmatch(r"([A-Z]{4,})-([A-Z0-9])", form)
            if m and m.group(1).lower() not in words:
                title = m.group(1)[0] + m.group(1)[1:].lower() + "-" + m.group(2)
                if title not in e.forms():
                    e.aliases.append(title)
                    report(f"[products] {form!r} also written {title!r}")


TIER_WORDS = {"Ultra", "Pro", "Nano", "Plus", "Max", "Mini", "Turbo", "Flash", "Lite", "Advanced"}


def split_tier_variants(lexes):
    """"Gemini Ultra", "GPT-3.5 Turbo", "iPad Pro": a product's tier is a product of its own, which the extractor makes
    from the family's name and the tier word (MentionFinder), with the family's maker; so a family's name followed by
    a tier word is no alias of the family."""
    for e in lexes["products"].entries:
        kept = []
        for a in e.aliases:
            words = a.split()
            if len(words) >= 2 and words[-1] in TIER_WORDS and " ".join(words[:-1]) == e.canonical:
                report(f"[products] {a!r} is a tier of {e.canonical!r}, not an alias")
                continue
            kept.append(a)
        e.aliases = kept


GENERATION_RE = re.compile(r"([ -]?v?)(\d{1,2}(?:\.\d+)?)(?![\d.])(.*)$", re.I)
NAMED_TAIL_RE = re.compile(r" [A-Z][a-z]+")
SIZE_TAIL_RE = re.compile(r"(?:[ -](?:A?\d+(?:\.\d+)?[BMK]|Instruct|Chat|Base))+$", re.I)


def split_generations(lexes):
    """"Qwen2.5", "Claude 3", "DALL-E 3": a product's generation is a product of its own (GPT-4 is not GPT-3), with its
    sizes as its forms ("Qwen2.5-7B"); so a family's name followed by a version is no alias of the family. The extractor
    makes the generations the lexicon does not list (ProductGenerations). A first generation ("LLaMA 1", "Mochi 1") is
    the family itself, and other words after the version ("Snapdragon 8 Gen 3", "Grok 4 Heavy") leave an alias alone."""
    prods = lexes["products"]
    for e in list(prods.entries):
        generations = {}  # version -> forms, in the order met
        kept, named = [], []
        for a in e.aliases:
            m = GENERATION_RE.match(a[len(e.canonical):]) if a.lower().startswith(e.canonical.lower()) else None
            tail = m.group(3) if m else ""
            if m is not None and m.group(2) not in ("1", "1.0") and NAMED_TAIL_RE.fullmatch(tail) and tail.strip() not in TIER_WORDS:
                named.append(a)  # "Claude 3.5 Sonnet": a generation's named model is a product of its own
                continue
            if m is None or m.group(2) in ("1", "1.0") or (tail and not SIZE_TAIL_RE.fullmatch(tail)):
                kept.append(a)
                continue
            generations.setdefault(m.group(2), []).append(a)
        if not generations and not named:
            continue
        e.aliases = kept
        for a in [f for forms in generations.values() for f in forms] + named:
            if prods.by_key.get(norm_key(a)) is e:
                del prods.by_key[norm_key(a)]
        for version, forms in generations.items():
            # the generation's name as the family's first form of it writes it ("Qwen2.5", "Gemma 2")
            names = [e.canonical + m.group(1) + version for f in forms for m in [GENERATION_RE.match(f[len(e.canonical):])]]
            name = names[0]
            gen = prods.find(name)
            if gen is None:
                gen = prods.add(Entry(name, [], set(), e.extra, source=e.source, hand=e.hand))
                report(f"[products] {name!r} is a generation of {e.canonical!r}: an entry of its own")
            for f in names + forms:
                if prods.by_key.get(norm_key(f)) is None:
                    prods._add_alias(gen, f, quiet=True)
        for a in named:
            if prods.find(a) is None:
                prods.add(Entry(a, [], set(), e.extra, source=e.source, hand=e.hand))
                report(f"[products] {a!r} is a named model of {e.canonical!r}: an entry of its own")


def validate_makers(lexes):
    orgs, prods = lexes["organizations"], lexes["products"]
    for e in list(prods.entries):
        if not e.extra:
            report(f"[products] {e.canonical!r} dropped: no maker")
            prods.remove_form(norm_key(e.canonical), "no maker")
            continue
        o = orgs.find(e.extra)
        if o is None:
            report(f"[products] {e.canonical!r} dropped: maker {e.extra!r} not in organizations")
            prods.remove_form(norm_key(e.canonical), "maker missing")
        else:
            e.extra = o.canonical


def write(kind, lex):
    os.makedirs(OUT_DIR, exist_ok=True)
    lines = []
    for e in lex.entries:
        flags = sorted(e.flags & {"cs", "cap", "weak", "broad"})
        aliases = [a for a in e.aliases]
        extra = e.extra if kind == "products" else ""
        lines.append((e.canonical, "\t".join([e.canonical, "|".join(aliases), ",".join(flags), extra])))
    lines.sort(key=lambda x: x[0])
    header = [
        f"# Cartograph lexicon: {kind}. GENERATED by tools/lexicons/build_lexicons.py - do not edit by hand;",
        "# edit tools/lexicons/additions/*.tsv or the script and regenerate.",
        "# Format: canonical<TAB>aliases(|)<TAB>flags(cs,cap,weak,broad)<TAB>extra(maker org for products)",
        "# Derived in part from Papers with Code data (CC BY-SA 4.0); this file is distributed under CC BY-SA 4.0.",
        "# Other sources: CSO 3.4.1 (CC BY 4.0), Epoch AI 'Data on AI Models' (CC BY 4.0), models.dev (MIT),",
        "# MadryLab AIaaS_Supply_Chains (MIT). See NOTICE at the repository root.",
    ]
    with open(os.path.join(OUT_DIR, kind + ".tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for _, l in lines:
            f.write(l + "\n")
    return len(lines)


def main():
    global TECH_FOR_TASKS
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "lexicon-sources")
    src = os.path.normpath(src)
    if not os.path.isdir(src):
        sys.exit(f"sources not found: {src}")
    lexes = OrderedDict((k, Lexicon(k)) for k in KINDS)
    # 1. hand-written additions first: they are authoritative
    for kind in KINDS:
        p = os.path.join(ADD_DIR, kind + ".tsv")
        if os.path.exists(p):
            for e in read_tsv(p):
                lexes[kind].add(e)
    common = load_common_words(src)
    tech, orgs, prods, dom = (lexes[k] for k in KINDS)
    TECH_FOR_TASKS = tech
    # 2. organizations before products (makers must resolve)
    epoch_orgs(src, orgs, common)
    aiaas_orgs(src, orgs, common)
    # 3. products (+ Epoch task labels -> domains)
    modelsdev_products(src, orgs, prods, common)
    epoch_products(src, orgs, prods, dom, common)
    # 4. techniques and domains
    pwc_methods(src, tech)
    pwc_tasks(src, tech, dom)
    cso(src, tech, dom)
    # 5. conflicts across files, makers
    # junk forms go first, so they take no alias from an entry of another kind in cross_resolve
    exclude(lexes)
    cross_resolve(lexes)
    weaken_everyday_words(lexes)
    title_case_brands(lexes)
    split_tier_variants(lexes)
    split_generations(lexes)
    validate_makers(lexes)
    counts = {k: write(k, lexes[k]) for k in KINDS}
    rep = os.path.join(HERE, "build_report.txt")
    with open(rep, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sorted(set(REPORT))) + "\n")
    dropped = sum(1 for r in set(REPORT) if "dropped" in r or "skipped" in r)
    for k in KINDS:
        print(f"{k}: {counts[k]}")
    print(f"report: {len(set(REPORT))} lines ({dropped} drops/skips) -> {os.path.relpath(rep, REPO)}")
    hc = [r for r in REPORT if r.startswith("!!")]
    for r in hc:
        print(r)


if __name__ == "__main__":
    main()
