"""Draw license declarations from real package metadata (PyPI and npm), for labelling.

``declared_licenses.jsonl`` was drawn this way in the fiftieth round (2026-12-06):

- PyPI, popular packages: a breadth-first walk over ``requires_dist`` from 230 well-known
  packages (``PYPI_SEEDS``), 3,000 projects;
- PyPI, any package: 8,000 project names drawn from the simple index with
  ``random.Random(50)`` (the index held 927,088 names that day), 7,773 of them still served;
- npm: a breadth-first walk over ``dependencies`` (and the first ten ``devDependencies``) of the
  latest version from 150 well-known packages (``NPM_SEEDS``), 4,000 packages.

From each PyPI project: the ``License`` field, the ``License-Expression`` field and every
``License ::`` classifier; from each npm package: ``license`` (a string, or the ``type`` of an
object) and each ``type`` of the old ``licenses`` list. Strings longer than 200 characters are
whole license texts, not declarations, and are left out, as are the shorter ones that quote a
license text's sentences (``QUOTES_A_TEXT``). Each distinct string is one case; its
``weight`` is the number of declarations that used it. The cases are split in two halves by the
first byte of the SHA-256 of the string (even: ``tune``, odd: ``check``).

Draws 2 and 3 took 14,000 and 16,000 more names from the same shuffled index (the names after
the first 8,000, shuffled with ``random.Random(51)``; the names after those 14,000, shuffled
with ``random.Random(52)``) and kept the strings the earlier draws did not have.

The index changes every day, so a new draw gives other strings; the labelled set is the file.

    python benchmarks/declared_strings.py OUT.jsonl [--draw 1|2|3] [--pypi-popular 3000]
        [--npm 4000]

(Draws 2 and 3 are the random PyPI projects alone; their strings already in an earlier draw
are then left out by hand.)
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import random
import re
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_PYPI_SEEDS_WORDS = """
requests numpy pandas scipy matplotlib django flask fastapi sqlalchemy pytest boto3 botocore
setuptools wheel pip urllib3 certifi idna charset-normalizer six python-dateutil pyyaml jinja2
markupsafe click attrs rich httpx aiohttp cryptography pyopenssl cffi pycparser protobuf grpcio
google-api-core google-cloud-storage tensorflow torch transformers huggingface-hub tokenizers
safetensors scikit-learn xgboost lightgbm catboost opencv-python pillow scikit-image sympy
networkx numba llvmlite pyarrow polars dask distributed celery redis kombu psycopg2 pymysql
mysqlclient alembic marshmallow pydantic typing-extensions starlette uvicorn gunicorn werkzeug
itsdangerous lxml beautifulsoup4 html5lib soupsieve selenium playwright scrapy twisted tornado
gevent greenlet paramiko fabric ansible docker kubernetes azure-core azure-storage-blob msal
openai anthropic langchain llama-index spacy nltk gensim jupyter notebook ipython ipykernel
jupyterlab nbconvert plotly bokeh altair seaborn statsmodels pymc arviz jax jaxlib flax optax
keras mlflow wandb ray streamlit gradio dash black ruff mypy pylint flake8 isort pre-commit tox
nox coverage hypothesis sphinx mkdocs mkdocs-material docutils pygments babel tqdm loguru
structlog sentry-sdk prometheus-client opentelemetry-api pyjwt oauthlib requests-oauthlib
passlib bcrypt argon2-cffi pynacl pyzmq msgpack orjson ujson simplejson toml tomli tomlkit regex
chardet pexpect ptyprocess psutil watchdog filelock platformdirs appdirs virtualenv poetry pdm
hatchling flit-core build twine pkginfo packaging pyparsing decorator wrapt cachetools
frozenlist multidict yarl async-timeout anyio sniffio h11 h2 websockets websocket-client
pyserial pyusb pygame pyqt5 pyside6 wxpython kivy shapely fiona geopandas pyproj rasterio
netcdf4 h5py tables zarr xarray astropy biopython pysam mpi4py cython pybind11 nanobind cmake
ninja
"""
PYPI_SEEDS = tuple(_PYPI_SEEDS_WORDS.split())

_NPM_SEEDS_WORDS = """
react react-dom vue angular express lodash axios moment webpack babel-core @babel/core
typescript eslint prettier jest mocha chai next nuxt svelte vite rollup esbuild jquery
underscore async commander yargs chalk debug request body-parser cors dotenv mongoose sequelize
pg mysql2 redis ioredis socket.io ws uuid classnames prop-types styled-components @emotion/react
tailwindcss postcss autoprefixer sass less d3 three chart.js leaflet rxjs @angular/core zone.js
core-js regenerator-runtime tslib immer redux react-redux mobx graphql apollo-server
@apollo/client knex typeorm prisma @prisma/client passport jsonwebtoken bcrypt bcryptjs
nodemailer multer sharp jimp puppeteer playwright cheerio jsdom marked markdown-it highlight.js
prismjs date-fns dayjs luxon ramda immutable bluebird q node-fetch cross-fetch got superagent qs
query-string minimist glob rimraf mkdirp fs-extra chokidar nodemon pm2 concurrently cross-env
husky lint-staged semver inquirer ora cli-progress electron electron-builder firebase aws-sdk
@aws-sdk/client-s3 googleapis stripe twilio openai langchain @tensorflow/tfjs onnxruntime-node
pdfjs-dist xlsx papaparse js-yaml yaml ajv joi zod yup formik react-hook-form
"""
NPM_SEEDS = tuple(_NPM_SEEDS_WORDS.split())

MAX_DECLARATION = 200
# Sentences of license texts (MIT's grant, the Unlicense, the GPL notice, BSD's conditions): a
# field that quotes them holds a piece of a text, not a declaration, and is left out as the
# long ones are (the benchmark keeps no license text).
QUOTES_A_TEXT = re.compile(
    r"permission is hereby granted|free and unencumbered software|"
    r"free software;\s*you can redistribute|redistribution and use in source and binary",
    re.IGNORECASE,
)
_REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _json(url: str) -> Any:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None  # gone, renamed or unreadable: the draw goes on without it


def _pypi_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pypi_project(name: str) -> dict[str, Any] | None:
    """The license fields of a PyPI project's latest release, and its requirements' names."""
    data = _json(f"https://pypi.org/pypi/{name}/json")
    if data is None:
        return None
    info = data["info"]
    needs = [
        m.group(1) for r in info.get("requires_dist") or [] if (m := _REQUIREMENT_NAME.match(r))
    ]
    return {
        "package": "pypi:" + info["name"],
        "declarations": [
            *([("pypi:License", info["license"])] if info.get("license") else []),
            *(
                [("pypi:License-Expression", info["license_expression"])]
                if info.get("license_expression")
                else []
            ),
            *(
                ("pypi:classifier", c)
                for c in info.get("classifiers") or []
                if c.startswith("License")
            ),
        ],
        "next": [_pypi_name(n) for n in needs],
    }


def npm_package(name: str) -> dict[str, Any] | None:
    """The license fields of an npm package's latest version, and its dependencies' names."""
    data = _json(
        "https://registry.npmjs.org/"
        + urllib.parse.quote(name, safe="@").replace("/", "%2F")
        + "/latest"
    )
    if data is None:
        return None
    found: list[tuple[str, str]] = []
    value = data.get("license")
    if isinstance(value, dict):
        value = value.get("type")
    if isinstance(value, str):
        found.append(("npm:license", value))
    for item in data.get("licenses") or [] if isinstance(data.get("licenses"), list) else []:
        kind = item.get("type") if isinstance(item, dict) else item
        if isinstance(kind, str):
            found.append(("npm:licenses", kind))
    needs = [*(data.get("dependencies") or {}), *list(data.get("devDependencies") or {})[:10]]
    return {"package": "npm:" + str(data.get("name", name)), "declarations": found, "next": needs}


def walk(
    seeds: Iterable[str], fetch: Callable[[str], dict[str, Any] | None], limit: int
) -> Iterator[dict[str, Any]]:
    """Breadth first from ``seeds`` along each record's ``next`` names, ``limit`` names tried."""
    tried: set[str] = set()
    frontier = list(seeds)
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        while frontier and len(tried) < limit:
            batch = [n for n in dict.fromkeys(frontier) if n not in tried][: limit - len(tried)]
            tried.update(batch)
            frontier = []
            for record in pool.map(fetch, batch):
                if record is not None:
                    yield record
                    frontier += [n for n in record["next"] if n not in tried]


def random_names(names: list[str], draw: int) -> list[str]:
    """The project names of a draw, from the index's names in the order the index gives them:
    draw 1 the first 8,000 after shuffling with seed 50; draw 2 the first 14,000 of the rest
    after shuffling it with seed 51; draw 3 the first 16,000 of what is left after shuffling it
    with seed 52."""
    pool = list(names)
    taken = 0
    for seed, size in ((50, 8000), (51, 14000), (52, 16000))[:draw]:
        pool = pool[taken:]
        random.Random(seed).shuffle(pool)
        taken = size
    return pool[:taken]


def random_pypi(draw: int) -> Iterator[dict[str, Any]]:
    """The projects of one draw from PyPI's simple index (:func:`random_names`)."""
    request = urllib.request.Request("https://pypi.org/simple/")
    with urllib.request.urlopen(request, timeout=300) as response:
        page = response.read().decode()
    names = random_names(re.findall(r'<a href="([^"/]+)/"', page), draw)
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        yield from (r for r in pool.map(pypi_project, names) if r is not None)


def part_of(text: str) -> str:
    return "tune" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "check"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--pypi-popular", type=int, default=3000)
    parser.add_argument("--npm", type=int, default=4000)
    parser.add_argument("--draw", type=int, choices=(1, 2, 3), default=1)
    args = parser.parse_args()
    records = [
        *(
            walk((_pypi_name(s) for s in PYPI_SEEDS), pypi_project, args.pypi_popular)
            if args.draw == 1
            else ()
        ),
        *random_pypi(args.draw),
        *(walk(NPM_SEEDS, npm_package, args.npm) if args.draw == 1 else ()),
    ]
    cases: dict[str, dict[str, Any]] = {}
    for record in records:
        for source, declared in record["declarations"]:
            text = declared.strip()
            if not text or len(text) > MAX_DECLARATION or QUOTES_A_TEXT.search(text):
                continue
            case = cases.setdefault(
                text,
                {
                    "input": text,
                    "part": part_of(text),
                    "weight": 0,
                    "sources": set(),
                    "packages": [],
                },
            )
            case["weight"] += 1
            case["sources"].add(source)
            if len(case["packages"]) < 3:
                case["packages"].append(record["package"])
    with open(args.out, "w", encoding="utf-8") as out:
        for case in sorted(cases.values(), key=lambda c: -c["weight"]):
            out.write(
                json.dumps({**case, "sources": sorted(case["sources"])}, ensure_ascii=False) + "\n"
            )
    print(f"{len(cases)} distinct declarations from {len(records)} packages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
