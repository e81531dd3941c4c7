"""``licenseclass env`` over an environment of widely used wheels: the level of every package.

"Is every dependency of my app open source?" is asked of environments like this one. The
benchmark installs a fixed list of widely used PyPI packages (wheels only, ``pip install
--only-binary=:all:``, with their dependencies) into a virtual environment of its own (kept in
``--cache`` and reused), runs ``scan_environment`` on it, and prints how many packages come to
each level and agreement, then every package that is not open with the first reason given.

Almost all of these packages are open source; the few that are not (NVIDIA's CUDA wheels under
NVIDIA's license agreement, a package bundling the JSON license) are true findings, each read
before it is counted. A restricted or closed package whose license files are open is a false
alarm.

Two sets:
- ``studied`` (the default): the thirty-eighth round's two environments, 208 and 418
  installed distributions, whose false alarms that round read and fixed (a URL at the end of a
  license text in a metadata field, a reflowed Apache-2.0 copy, a patent note beside BSD, ...);
- ``fresh``: another list drawn in the same round after those fixes, to measure how they carry
  over (one misreading found there, pikepdf's, was then fixed, so it is studied too);
- ``fresh2``: a third list (cloud, web, testing, packaging, GUI and device packages), drawn at
  the end of the round and only measured, never studied;
- ``fresh3``: a fourth list (machine learning, science, web services, scraping, optimisation),
  drawn in the thirty-ninth round, measured at its start tree, then studied.

A package pip cannot install as a wheel here is left out and named.

    python benchmarks/bench_wheel_environment.py [--set studied|fresh|fresh2|fresh3] [--cache DIR]
        [--show N]
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import time
import venv
from pathlib import Path


def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


STUDIED = _names(
    # the first environment (208 distributions with dependencies)
    "scipy numpy traitlets jupyter-client matplotlib hyperframe tiktoken python-dateutil "
    "psycopg2-binary isodate cycler kiwisolver altair pandas requests flask django sqlalchemy "
    "pydantic fastapi uvicorn boto3 cryptography lxml pyyaml click rich tqdm pytest black mypy "
    "sphinx docutils babel scikit-learn statsmodels sympy networkx pyarrow shapely pyproj psutil "
    "grpcio protobuf paramiko bcrypt pynacl twisted celery redis pymongo openpyxl xlrd reportlab "
    "pypdf markdown beautifulsoup4 html5lib nltk regex tokenizers sentencepiece httpx aiohttp "
    "websockets pyzmq ipython gevent greenlet zope.interface simplejson ujson orjson msgpack "
    "pillow imageio scikit-image h5py tables numexpr bottleneck numba llvmlite pycryptodome "
    "pyopenssl certifi chardet idna "
    # the second (418 distributions)
    "jupyterlab notebook seaborn plotly bokeh dash langchain openai anthropic sentry-sdk "
    "opentelemetry-api opentelemetry-sdk structlog loguru arrow pendulum humanize tabulate "
    "prettytable termcolor colorlog typer fire argcomplete poetry hatchling pdm setuptools-scm "
    "cython pybind11 scikit-build cmake ninja meson onnx geopandas optuna hydra-core omegaconf "
    "einops datasets evaluate accelerate safetensors huggingface-hub faiss-cpu qdrant-client "
    "selenium trio dask distributed lightgbm gensim pexpect jedi prompt-toolkit pyflakes flake8 "
    "pylint isort tox nox pre-commit virtualenv mkdocs mkdocs-material ruamel.yaml toml "
    "service-identity brotli zstandard lz4 xlsxwriter python-docx pdfminer.six PyPDF2 gunicorn "
    "alembic pymysql sqlparse fabric netaddr dnspython email-validator python-multipart "
    "cloudpickle dill toolz azure-core msal google-auth google-api-core google-cloud-storage "
    "cachetools rsa oauthlib requests-oauthlib bleach defusedxml mistune argon2-cffi debugpy "
    "prometheus-client json5 keyring secretstorage jeepney pywavelets astropy xarray netcdf4 pint "
    "soundfile librosa numcodecs zarr fsspec s3fs gcsfs marshmallow attrs cattrs jsonpointer "
    "jsonpatch python-jose passlib itsdangerous uvloop httptools watchfiles websocket-client"
)

FRESH = _names(
    "pydantic-settings sqlmodel motor asyncpg aiosqlite peewee mongoengine elasticsearch "
    "opensearch-py pika confluent-kafka kafka-python paho-mqtt grpcio-tools thrift fastavro "
    "polars duckdb ibis-framework folium branca shap imbalanced-learn category-encoders sktime "
    "pmdarima river textblob spacy thinc srsly cloudpathlib smart-open langcodes jieba emoji ftfy "
    "unidecode python-slugify inflect num2words dateparser croniter apscheduler schedule rq "
    "dramatiq tenacity backoff cachecontrol requests-cache diskcache cachelib portalocker "
    "fasteners watchdog py-cpuinfo nvidia-ml-py distro appdirs click-plugins rich-click textual "
    "urwid blessed alive-progress halo coloredlogs humanfriendly python-json-logger pyperclip "
    "pyautogui pynput keyboard pygame arcade pyglet moderngl glfw pyopengl vispy pyvista "
    "trimesh meshio sounddevice mido music21 pretty-midi pydub "
    "mutagen eyed3 tinytag exifread piexif qrcode python-barcode pyzbar reportlab "
    "fpdf2 weasyprint xhtml2pdf pdfplumber camelot-py tabula-py pikepdf pymupdf ocrmypdf "
    "pytesseract rapidfuzz thefuzz jellyfish textdistance python-levenshtein "
    "sentence-transformers transformers torch"
)


FRESH2 = _names(
    "awscli kubernetes docker pulumi google-cloud-pubsub google-cloud-bigquery azure-storage-blob "
    "azure-identity dbt-core prefect great-expectations luigi sqlfluff pandera sanic falcon bottle "
    "pyramid cherrypy quart litestar strawberry-graphql graphene ariadne hypothesis pytest-cov "
    "pytest-xdist pytest-mock pytest-asyncio faker factory-boy responses vcrpy freezegun mock "
    "bandit pip-audit detect-secrets furo pdoc mkdocstrings build twine flit maturin "
    "setuptools-rust cibuildwheel auditwheel nuitka pyinstaller cx-freeze briefcase kivy "
    "pyside6 pyqt5 wxpython toga flet nicegui panel voila ipywidgets bqplot pydeck pyecharts "
    "vega-datasets altair-saver kaleido matplotlib-venn wordcloud networkx igraph graph-tool "
    "rdflib owlready2 neo4j py2neo gremlinpython cassandra-driver clickhouse-connect "
    "snowflake-sqlalchemy pyathena trino presto-python-client ldap3 pysnmp scapy netmiko "
    "ncclient paho-mqtt pyserial pyusb pymodbus can-isotp python-can bleak "
    "adafruit-blinka gpiozero esptool platformio"
)


FRESH3 = _names(
    "xgboost catboost jax jaxlib flax optax onnxruntime mlflow wandb streamlit sqlglot pyodbc "
    "oracledb psycopg pymssql sshtunnel authlib pyjwt flask-login flask-sqlalchemy flask-wtf "
    "wtforms djangorestframework django-filter django-cors-headers channels daphne kombu "
    "google-cloud-firestore firebase-admin stripe twilio slack-sdk discord.py "
    "python-telegram-bot tweepy praw yt-dlp scrapy playwright mechanicalsoup feedparser "
    "cssselect parsel w3lib tldextract validators phonenumbers pycountry pytz tzlocal "
    "python-dotenv environs dynaconf ecdsa wrapt decorator more-itertools sortedcontainers "
    "bidict boltons pyrsistent jsonschema fastjsonschema xmltodict mako chameleon chevron "
    "nbconvert papermill jupytext lifelines pymc arviz emcee corner sunpy biopython pysam "
    "scanpy anndata rdkit mdanalysis ase qiskit cirq-core pennylane gmpy2 cvxpy pulp ortools "
    "pyomo simpy deap hyperopt scikit-optimize mlxtend yellowbrick fairlearn "
    "opencv-python-headless albumentations timm torchvision kornia spacy-lookups-data stanza "
    "gensim wordfreq "
    "fasttext-wheel pytorch-lightning lightning torchmetrics tensorboard "
    "keras h2o pycaret autogluon.core"
)


def _wanted(chosen: str) -> list[str]:
    sets = {"studied": STUDIED, "fresh": FRESH, "fresh2": FRESH2, "fresh3": FRESH3}
    return list(dict.fromkeys(sets[chosen]))


def build_environment(folder: Path, packages: list[str]) -> tuple[Path, list[str]]:
    """The environment's interpreter, with ``packages`` installed as wheels, and the names pip
    could not install (each dropped once, the rest installed again): no wheel for this machine,
    or dependencies that conflict with another package's."""
    python = folder / "bin" / "python"
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(folder)
    dropped: list[str] = []
    todo = list(packages)
    for _ in range(30):
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--only-binary=:all:", *todo],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0:
            break
        missing = [
            line.rsplit(" ", 1)[-1]
            for line in done.stderr.splitlines()
            if "No matching distribution found for" in line
        ]
        # two packages whose dependencies cannot be met together: the first named goes
        missing += re.findall(r"Cannot install ([A-Za-z0-9_.-]+?)(?:==| because)", done.stderr)[:1]
        bad = next((n for n in todo if any(m.lower().startswith(n.lower()) for m in missing)), None)
        if bad is None:
            print(done.stderr[-2000:], file=sys.stderr)
            break
        todo.remove(bad)
        dropped.append(bad)
    return python, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=("studied", "fresh", "fresh2", "fresh3"), default="studied"
    )
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".cache" / "licenseclass-bench" / "wheel-env"
    )
    parser.add_argument("--show", type=int, default=40, help="how many packages to list")
    args = parser.parse_args(argv)
    from licenseclass.scan.environment import scan_environment

    folder = args.cache / args.set
    python, dropped = build_environment(folder, _wanted(args.set))
    if dropped:
        print(f"not installed as wheels here: {', '.join(dropped)}")
    started = time.perf_counter()
    report = scan_environment(python=str(python))
    took = time.perf_counter() - started
    packages = report.packages
    levels = collections.Counter(p.verdict.level for p in packages)
    agreement = collections.Counter(p.agreement for p in packages)
    print(f"{args.set}: {len(packages)} installed distributions read in {took:.1f} s")
    print("  levels: " + ", ".join(f"{k} {v}" for k, v in sorted(levels.items())))
    print("  agreement: " + ", ".join(f"{k} {v}" for k, v in sorted(agreement.items())))
    shown = [p for p in packages if p.verdict.level != "open"][: args.show]
    for package in shown:
        reason = package.verdict.reasons[0].message if package.verdict.reasons else ""
        print(f"  {package.verdict.level:10} {package.name:28} {reason[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
