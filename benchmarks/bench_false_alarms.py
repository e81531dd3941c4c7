"""False alarms on ordinary files: every text file of ten permissive projects' sdists.

Downloads the source distributions of flask, requests, click, jinja2, attrs, rich, httpx,
itsdangerous, werkzeug and urllib3 with pip (cached in ``--cache``), unpacks them and runs
``classify_text`` on every UTF-8 text file. None of these files restricts anything: the goal
is zero files called restricted or closed, while each project's own license file is still
identified as its license.

``--wider tune|check`` measures 35 other projects instead (the thirty-first round's sample of
widely used PyPI projects with open licenses, Django and Sphinx among them, whose sdists pip can
fetch), split in two by alphabetical order, every other one: the ``tune`` half's alarms may be
studied when the reader changes, the ``check`` half is only counted. A bundled third-party file
that really limits use would be a true alarm; each is read before it is counted as false.

``--wider fresh`` measures a third sample of 24 projects, drawn after the first two had been
studied and never tuned on (copyleft projects such as chardet and psycopg2 among them; pip could
not build the metadata of hypothesis, tox or virtualenv here, so pexpect, sortedcontainers and
decorator took their places).

``--npm tune|check`` measures npm packages instead: 70 drawn in the fifty-first round (seed 53)
from the packages that a walk along the dependencies of 150 popular npm packages reached and
that declare one open license (MIT, ISC, Apache-2.0, a BSD, BlueOak-1.0.0, 0BSD, CC0-1.0, the
Unlicense), every other one to each half. Their files are JavaScript and TypeScript (minified
bundles among them), Markdown and JSON rather than Python: a kind of file the other samples
hardly hold. Each package's tarball is fetched from the npm registry and checked against its
SHA-1 there. The ``tune`` half's alarms may be studied; the ``check`` half is only counted.

``--debian tune|check`` measures upstream source tarballs from Debian's main archive (Debian 12,
"bookworm") instead: 60 drawn in the fifty-second round (seed 63) from the source packages whose
upstream tarball is between 10 kB and 1.5 MB, among those the archive's mirror here served,
every other one to each half. C and C++ sources and headers, Perl and Java, autotools scripts,
man pages, fonts' notes: all under terms Debian calls free, so that a file called restricted
or closed is a false alarm unless it really limits (each is read before it is counted). Each
tarball is checked against its SHA-256 in the archive's index. The ``tune`` half's alarms may
be studied; the ``check`` half is only counted.

``--stdlib`` measures the running Python's own standard library instead (site-packages and
caches left out): some two thousand modules, test data and HTML help pages of a project under
the PSF license, found on every machine that runs the benchmark.

``--site-packages`` measures the packages installed beside the benchmark instead (the
environment's ``site-packages``: licenseclass's own dependencies and test tools, some 130
distributions and 24,000 text files here), a sample first read in the thirty-fifth round. Three
packages whose purpose is license data are left out, since their files are license texts and
descriptions of licenses on purpose: licensedcode-data, licenseid and licenseclass itself.
Bundled third-party license files are read as any other file: one that really limits use is a
true alarm, and each is read before it is counted as false.

    python benchmarks/bench_false_alarms.py [--cache DIR] [--show N] [--wider tune|check|fresh]
        [--npm tune|check] [--debian tune|check] [--stdlib] [--site-packages]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import subprocess
import sys
import sysconfig
import tarfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from licenseclass import classify_text

PROJECTS = (
    "flask",
    "requests",
    "click",
    "jinja2",
    "attrs",
    "rich",
    "httpx",
    "itsdangerous",
    "werkzeug",
    "urllib3",
)
# The wider sample, in alphabetical order; WIDER[0::2] is the tune half, WIDER[1::2] the check.
WIDER = (
    *("aiohttp", "alembic", "babel", "beautifulsoup4", "black", "celery", "certifi"),
    *("charset-normalizer", "django", "docutils", "fastapi", "idna", "kombu", "mako"),
    *("markupsafe", "multidict", "packaging", "paramiko", "pluggy", "pydantic", "pygments"),
    *("pyjwt", "pyparsing", "pytest", "python-dateutil", "pytz", "redis", "scrapy", "six"),
    *("sphinx", "starlette", "tomli", "tqdm", "uvicorn", "wheel"),
)

# A third sample, drawn in the thirty-second round after the first two had been studied: only
# counted, never tuned on. Copyleft projects (chardet, psycopg2) are among them on purpose.
FRESH = (
    *("arrow", "boltons", "bottle", "chardet", "colorama", "decorator", "gunicorn"),
    *("jsonschema", "loguru", "marshmallow", "more-itertools", "oauthlib", "peewee", "pexpect"),
    *("pip", "prompt-toolkit", "psycopg2", "pyyaml", "setuptools", "sortedcontainers"),
    *("sqlparse", "structlog", "tabulate", "typer"),
)
LICENSE_NAMES = ("license", "licence", "copying")

# The npm sample (name, version, SHA-1 of the tarball), in the order drawn; NPM[0::2] is the
# tune half, NPM[1::2] the check half.
NPM = (
    ("istanbul-lib-hook", "3.0.0", "8f84c9434888cc6b1d0a9d7092a76d239ebf0cc6"),
    ("string-hash", "1.1.3", "e8aafc0ac1855b4666929ed7dd1275df5d6c811b"),
    ("type-coverage", "2.30.3", "fe2bcc8808eaef88d74d6fa066b443b94021e6aa"),
    ("@tapjs/intercept", "4.3.12", "db899940a8c302219f2a6a8565f3370dacd10c93"),
    ("d3-selection", "3.0.1", "27190b13a3d0b3e3818b0a853dc8b165f1455605"),
    ("eslint-config-react-app", "7.0.1", "73ba3929978001c5c86274c017ea57eb5fa644b4"),
    ("nitropack", "2.13.6", "d4bce1ced3527418c22da3982b9fc3ba17b39d84"),
    ("ecmarkup", "24.2.1", "98896e673a6cbf7edeb707d950a4abfc40973573"),
    ("zod-to-json-schema", "3.25.2", "3fa799a7badd554541472fb65843fdc460b2e5aa"),
    ("nostics", "1.3.0", "e1d538463acb0207f9a0ef9ec551b075930559c4"),
    ("esm", "3.2.25", "342c18c29d56157688ba5ce31f8431fbb795cc10"),
    ("babel-plugin-polyfill-es-shims", "1.0.0", "797f52b206b64109eba1528bec206e35f536b973"),
    ("oxc-parser", "0.160.0", "b60815d4b8ddca8eb816e75760e3ed5193115884"),
    ("d3-interpolate", "3.0.2", "09c66b39a3a32a93cfa90883dd38c9a5b22436a4"),
    ("onetime", "8.0.0", "ce03ca837d5089fa7e637c22d9f4188ffff2ada6"),
    ("@babel/plugin-syntax-import-meta", "7.10.4", "ee601348c370fa334d2207be158777496521fd51"),
    ("stylis", "4.4.0", "c5846c9345f4bfc51bd0cbd7ca35a0744f485a5d"),
    ("wrap-comment", "1.0.1", "941bb1400b9b590bc007599e79cacc0bb3ea62f3"),
    ("@babel/plugin-transform-for-of", "8.1.3", "312344281b39c6dee1c96b06a9fc6ba3807f2a6c"),
    ("version-guard", "1.1.3", "5a39b9d195f94cb10d469553aa9951e1917da5d2"),
    ("@octokit/openapi-types", "29.0.1", "05895cc8ae328058e7af75b608c4c97f0bc1bc00"),
    ("array.prototype.map", "1.0.8", "22f4aae44d3081ce3cd1dd6fd37532e7a3433451"),
    ("peowly", "2.0.1", "c571cefaf5308ed549cc2cfdaa4063aeb5154cfe"),
    ("@jimp/core", "1.6.1", "cbe40c4c73c28c9236d9ec0b6fae1fd21546af79"),
    ("@types/marked-terminal", "6.1.1", "bd4fc0de10477b275ddeb2c6f94fa19f7d769d4c"),
    ("treeify", "1.1.0", "4e31c6a463accd0943879f30667c4fdaff411bb8"),
    ("parse5", "8.1.1", "d73eb52282024c921e9c5a19b870f53492e631b2"),
    ("@changesets/logger", "1.0.0", "5c4b5131315436aa7633804454ae0ce1f14f50ac"),
    ("@babel/preset-flow", "8.0.1", "317d2d179c810dfc5c76420586c1e5a2ce64a563"),
    ("babel-plugin-module-resolver", "5.0.3", "13f03cf29048ad7e0239e6a1c4dcc669d199f394"),
    ("@types/babel__standalone", "7.1.9", "51ae2d49beaee9a8be1cd6a2997af83a5077d03a"),
    ("cron-parser", "5.10.7", "e0260cc6dad40e3465329f2b21c09e8902e01781"),
    ("@semantic-release/github", "12.0.10", "a0489f6a2d30a977e38b680ae2ef7524b59be8ad"),
    ("@types/babel__generator", "7.27.0", "b5819294c51179957afaec341442f9341e4108a9"),
    ("@istanbuljs/nyc-config-babel", "3.0.0", "56d0a5250d92b9455c7507775fcb5cb7215fee29"),
    ("@jimp/plugin-rotate", "1.6.1", "897b647c32b3d3fb24c755d34c656ee579669017"),
    ("auto-changelog", "2.7.0", "30430771060da030004108554035638749c27f9e"),
    ("eslint-plugin-antfu", "3.3.1", "6f9e601073c8b296fef0dd82da687f02a5faf77b"),
    ("prettier-linter-helpers", "1.0.1", "6a31f88a4bad6c7adda253de12ba4edaea80ebcd"),
    ("kewlr", "0.4.1", "bb31217139baca9ff6f959e3f7d7cc6cecf2b20a"),
    ("stream-buffers", "3.0.3", "9fc6ae267d9c4df1190a781e011634cac58af3cd"),
    ("@webassemblyjs/helper-compiler", "1.14.1", "38d98354a0772c3e01df93447b724acb07ecd45e"),
    ("eslint-plugin-import-x", "4.18.1", "f380dbf2d33244f39cb29ad947cdc5afdc96b88c"),
    ("locate-character", "3.0.0", "0305c5b8744f61028ef5d01f444009e00779f974"),
    ("chai-passport-strategy", "3.0.0", "a5397a1d1fce015fa13081e67821d7f3bd0e53b7"),
    ("@changesets/get-dependents-graph", "3.0.0", "995d4896cbfe76ee003c84c85f986491ff58cac1"),
    ("angular", "1.8.3", "851ad75d5163c105a7e329555ef70c90aa706894"),
    ("@types/sinon", "22.0.2", "5c641c8eb687d228f616242d2a7fad95adffc9bd"),
    ("@markedjs/eslint-config", "1.0.14", "97e20f985c941c55f6e072bdae7ab3ddecdeb148"),
    ("@eslint/markdown", "8.0.3", "ab2c8a9203c2a27e62c19e586ddbd7d464872e56"),
    ("read-package-json-fast", "6.0.0", "e5b546823467a0716d661df665e27983139af0a6"),
    ("markdownlint-cli2", "0.24.1", "811f57fa9abcd946f6ed3d9195b7e9c7cf5ba2e5"),
    ("get-caller-file", "2.0.5", "4f94412a82db32f36e3b0b9741f8a97feb031f7e"),
    ("cli-highlight", "2.1.11", "49736fa452f0aaf4fae580e30acb26828d2dc1bf"),
    ("browser-pack", "6.1.0", "c34ba10d0b9ce162b5af227c7131c92c2ecd5774"),
    ("cpy-cli", "7.0.0", "2c48a4772c360599e2cd3e35a21e81fc6f26a483"),
    ("@types/find-up", "4.0.2", "6b98ce9938fe354a54b07da6dc5ef9a5d2c65748"),
    ("lilconfig", "3.1.5", "7c9342a74d602bb15c0a1ca67f2c99be056c4656"),
    ("puppeteer-core", "25.19.0", "1869ccb8c085787f3b13b936a4bef94bb877238c"),
    ("@microsoft/api-extractor", "7.60.2", "a1af8809ce1e1d655f1fc2fd2dd48c89f6dafb41"),
    ("portfinder", "1.0.38", "e4fb3a2d888b20d2977da050e48ab5e1f57a185e"),
    ("@bugsnag/js", "9.0.0", "7a577b6252cabcc9442f0d4b47dbdb7cb0119fb9"),
    ("csv-parse", "7.0.3", "eece4221023f8f67029518af928a225a1ea3ccad"),
    ("karma-qunit", "4.2.3", "5f9c1d7732ae287c4a678f87e8f1c327acf5271a"),
    ("safer-buffer", "2.1.2", "44fa161b0187b9549dd84bb91802f9bd8385cd6a"),
    ("dts-critic", "3.3.11", "93b7c1ba8017b310623b7cfb72548e0e138b68c8"),
    ("@types/brace-expansion", "1.1.2", "bb3f1ed53b210d00e38e2b81e2d60a2f76e0153a"),
    ("vinyl", "3.0.1", "5f5ff85255bda2b5da25e4b3bd80b3fc077fb5a9"),
    ("array.prototype.some", "1.1.6", "bcd735c0dbdb851b0136826a051d5651788f78f2"),
    ("humanize-duration", "3.35.1", "e51a3f76ce736a62b144ad330bb7f8ca5669329b"),
)
NPM_REGISTRY = "https://registry.npmjs.org/"
# Upstream tarballs of Debian 12's main archive: (path in the archive, SHA-256).
DEBIAN = (
    (
        "pool/main/libc/libcds/libcds_2.3.3.orig.tar.gz",
        "f090380ecd6b63a3c2b2f0bdb27260de2ccb22486ef7f47cc1175b70c6e4e388",
    ),
    (
        "pool/main/e/emu8051/emu8051_2.0.1.orig.tar.gz",
        "9546066c662ba4e99a20477ec18d20f48a78bbd326868c286d21427b4b3d6a28",
    ),
    (
        "pool/main/d/dropwizard-metrics/dropwizard-metrics_3.2.6.orig.tar.xz",
        "68bc967334545fb42652389a184935add6b8f211fc32446e8eaeda939d0275f0",
    ),
    (
        "pool/main/i/icmpush/icmpush_2.2.orig.tar.gz",
        "2663e00d9373856b2c4be43c6a4f2da7c4dba4449d310a0d33a69de6f643174a",
    ),
    (
        "pool/main/libi/libica/libica_3.9.0.orig.tar.gz",
        "4969f9d30dbd0e81fe328161dfcbb313d6aebd79224077eaf99779e9ad895d03",
    ),
    (
        "pool/main/libm/libmath-random-isaac-perl/libmath-random-isaac-perl_1.004.orig.tar.gz",
        "2773f02fbf207e9745e76a037df08bf5a8cc987ed23c57040ce7f7b1561f2b7c",
    ),
    (
        "pool/main/d/dangen/dangen_0.5.orig.tar.gz",
        "f27d3b1908c7126a19e3275dd78b8d983793c70a6e3ec61a191ab9e11bb2118c",
    ),
    (
        "pool/main/j/jumpnbump/jumpnbump_1.61.orig.tar.xz",
        "6a81300336cc4616d8343f65bea6776cf3d71862e50b5d08dab52a46da58d7ad",
    ),
    (
        "pool/main/g/gmtp/gmtp_1.3.11.orig.tar.gz",
        "5a830c9c448aa2caf7a844aaa9ba38c2ac0239547366c1e6874e0080bd5f0613",
    ),
    (
        "pool/main/libe/libebml/libebml_1.4.4.orig.tar.xz",
        "82dc5f83356cc9340aee76ed7512210b3a4edf5f346bc9c2c7044f55052687a7",
    ),
    (
        "pool/main/b/bti/bti_034.orig.tar.gz",
        "1bbd51e96ca95c2e4e7abcc6d1405ffbe33e6e210c85a6a3668ff8a47dfc1805",
    ),
    (
        "pool/main/k/killer/killer_0.90.orig.tar.gz",
        "d34e1cd674b7cb1b6d80fc678dc309d36ab578c488b0c8843695d36aed84b871",
    ),
    (
        "pool/main/r/r-cran-aweek/r-cran-aweek_1.0.3.orig.tar.gz",
        "9a3be230985b98d36f697185d7832261407c2c6fbf2d6089ab09e59755edc192",
    ),
    (
        "pool/main/n/node-memory-fs/node-memory-fs_0.5.0+~0.3.3.orig.tar.gz",
        "d6799ff556410fec6de608aadddfb353a4a72c0c82c53f98796101b60439041a",
    ),
    (
        "pool/main/n/node-readable-stream/node-readable-stream_3.6.0+~cs3.0.0.orig.tar.gz",
        "2174fce03850b5bb5694d8e983f3dc927382edaf0a800baa4fba475d01899322",
    ),
    (
        "pool/main/libu/libuev/libuev_2.4.0.orig.tar.xz",
        "31f1aa4f492ba4f6a5dd6b19968ae6a732968dc05cae6575930560b6cee1f5ef",
    ),
    (
        "pool/main/i/indelible/indelible_1.03.orig.tar.xz",
        "60ed2a8fd50608a56a92f708a117194d4a6d23a53e55ecc27bf76e5fdf470c80",
    ),
    (
        "pool/main/f/fonts-gargi/fonts-gargi_2.0.orig.tar.xz",
        "fb45814ec1ca72ac6faae167757609c1f595524853131a1ffc4ee6839620ff72",
    ),
    (
        "pool/main/c/c-icap/c-icap_0.5.10.orig.tar.gz",
        "541d503354907f06d1d72fa90fffd031002f0f4346150fb7b2203ad5825ae49d",
    ),
    (
        "pool/main/libs/libset-scalar-perl/libset-scalar-perl_1.29.orig.tar.gz",
        "a3dc1526f3dde72d3c64ea00007b86ce608cdcd93567cf6e6e42dc10fdc4511d",
    ),
    (
        "pool/main/libp/libpfm4/libpfm4_4.13.0.orig.tar.gz",
        "d18b97764c755528c1051d376e33545d0eb60c6ebf85680436813fa5b04cc3d1",
    ),
    (
        "pool/main/g/gaviotatb/gaviotatb_0.4.orig.tar.gz",
        "a673880e632f90e4a34667dc37e249742ec0de737e6581c6f0aa4462a0dbd24b",
    ),
    (
        "pool/main/b/bc/bc_1.07.1.orig.tar.gz",
        "62adfca89b0a1c0164c2cdca59ca210c1d44c3ffc46daf9931cf4942664cb02a",
    ),
    (
        "pool/main/g/gregmisc/gregmisc_2.1.5.orig.tar.gz",
        "911408c32b509cd6b53f56cefc682e3361797ac169544eabe6540d1d5cf7bc1a",
    ),
    (
        "pool/main/m/mhash/mhash_0.9.9.9.orig.tar.gz",
        "73991e9e54bb392484a510943d4c5d395462181cc4abe53f863edec13c335403",
    ),
    (
        "pool/main/n/noggit/noggit_0.8.orig.tar.gz",
        "3991d11d7139aeae730cab0de443ccfe8ac6eac23c0ce4acabcf219d2bf02628",
    ),
    (
        "pool/main/c/connman/connman_1.41.orig.tar.xz",
        "79fb40f4fdd5530c45aa8e592fb16ba23d3674f3a98cf10b89a6576f198de589",
    ),
    (
        "pool/main/libx/libxpp2-java/libxpp2-java_2.1.10.orig.tar.gz",
        "0cca242525422e1fb3b122bc841669c29fe615e4ec4d2c0058453387980613dd",
    ),
    (
        "pool/main/d/datatables-extensions/datatables-extensions_0.0+git20150910.28fd64e+dfsg.orig.tar.xz",
        "9e4816b55060d2aea35b1c7148866d6026b3e6effd2664b176292f214c5c5b2a",
    ),
    (
        "pool/main/libx/libxml-parser-lite-tree-perl/libxml-parser-lite-tree-perl_0.14.orig.tar.gz",
        "df890e6fb7686242569a8c71ad8f1a0140402230971d495bbfc44deb06519b3c",
    ),
    (
        "pool/main/n/node-eventemitter3/node-eventemitter3_4.0.7.orig.tar.gz",
        "8031751e7e31bec7ca853453276307ff558226343222a29cd77fb9b12dcc651c",
    ),
    (
        "pool/main/d/dnaclust/dnaclust_3.orig.tar.gz",
        "f7fccc3b0507229a03f227af7e104bf218e9976c453c3a8ef9c4a3c2db83fc74",
    ),
    (
        "pool/main/libc/libcatmandu-xsd-perl/libcatmandu-xsd-perl_0.05.orig.tar.gz",
        "c34209067aba4e6d415433a7b8a95ba4462f902a04f59a5c0f86635c5ff9079c",
    ),
    (
        "pool/main/p/python-pure-sasl/python-pure-sasl_0.5.1+dfsg1.orig.tar.xz",
        "74036813e45ad0811e7e8c909f57c3caeea04a7ffcce6d94c7dfa732b3f41c17",
    ),
    (
        "pool/main/i/i3blocks/i3blocks_1.4.orig.tar.gz",
        "52fff78347c4a9441c59428c99fe1bfc0ec2156402b05479b3ab4c3c14aaf4e0",
    ),
    (
        "pool/main/p/pylibmc/pylibmc_1.6.3.orig.tar.gz",
        "eefa46115537abad65fbe2e032acd1b3463d9bf9e335af4b0916df4e4d3206e0",
    ),
    (
        "pool/main/g/golang-github-smartystreets-go-aws-auth/golang-github-smartystreets-go-aws-auth_1.0.0.orig.tar.xz",
        "8d7c5a4864892cfcbe7f91037dd294799c762fff4517611b7b4795461bee5514",
    ),
    (
        "pool/main/c/cl-graph/cl-graph_20180131.orig.tar.gz",
        "e84a6e594785669822d22f1e03e1abc42e7c2cca055d7ac481c82d5eb11a33df",
    ),
    (
        "pool/main/libw/libwww-finger-perl/libwww-finger-perl_0.105.orig.tar.gz",
        "52141fd750d91b9ccba00569aaea1782079f06196f253fe53fe6ba9f6dfe9e00",
    ),
    (
        "pool/main/m/mp4parser/mp4parser_1.1.22.orig.tar.xz",
        "de96f16a6233de9fc5bd626456dcbdaed97c35cc183ae6a78982bc916fd1f001",
    ),
    (
        "pool/main/g/golang-github-opentracing-opentracing-go/golang-github-opentracing-opentracing-go_1.2.0.orig.tar.gz",
        "d76e33485f1b29173e7841749ea1cd4cd8067d61ec34c4c0401acc8ac4d1865d",
    ),
    (
        "pool/main/libj/libjaba-client-java/libjaba-client-java_2.2.0.orig.tar.xz",
        "bf8cbfbb8a06eeb73d936e8e5241e8b5799b1c6c36843454b10e85b2fe5c4196",
    ),
    (
        "pool/main/p/php-text-captcha/php-text-captcha_1.0.2.orig.tar.gz",
        "9d3dd262096ba72ad04b3e2804b92b51fe3755dd99f54bdfb6346e04f21d8585",
    ),
    (
        "pool/main/g/gftp/gftp_2.9.1~beta.orig.tar.xz",
        "79c727a0c7720e0e49dac4fc760a686d10ff78a496e1e3e644b45d3e76e1eecd",
    ),
    (
        "pool/main/n/node-globby/node-globby_13.1.3+~cs16.25.40.orig.tar.gz",
        "5deba243c6e83e44b60b86c7843e457c48b6cc91ece89aecb458b4ddd4ad65bf",
    ),
    (
        "pool/main/libu/libunicode-linebreak-perl/libunicode-linebreak-perl_0.0.20190101.orig.tar.gz",
        "bc9f96cf8bea60665e8ad67e90b0db3cc0bcdb97101e15c8c44ea671ba256577",
    ),
    (
        "pool/main/libm/libmatheval/libmatheval_1.1.11+dfsg.orig.tar.gz",
        "4497a702107c1cb6124ccd0d0b3d3c15c233578b00c8a88a181ac87a2730db0b",
    ),
    (
        "pool/main/c/codegroup/codegroup_19981025.orig.tar.gz",
        "3b188a346abfdd3e05f9cc000ad0ee575bbbba58e1e9b04c5f810a007a574fbc",
    ),
    (
        "pool/main/p/ptl/ptl_2.3.3.orig.tar.gz",
        "3275ad8ec2971c89aacb3b922717dc4e774fa4e59fc3f4035053225c802aee52",
    ),
    (
        "pool/main/liba/libapache2-mod-bw/libapache2-mod-bw_0.92.orig.tar.gz",
        "658eb3f63e2181ac0b6fc3ea33f0eaf637d6ef832c7df3a0e3f3d0cd2376cd7f",
    ),
    (
        "pool/main/h/haskell-contravariant/haskell-contravariant_1.5.5.orig.tar.gz",
        "062fd66580d7aad0b5ba93e644ffa7feee69276ef50f20d4ed9f1deb7642dffa",
    ),
    (
        "pool/main/m/minetest-mod-throwing/minetest-mod-throwing_1.1.orig.tar.gz",
        "c380e1e5b908a4cff6fdea26ed5e1af0f981669944d130686e3d1f1cb2f8f938",
    ),
    (
        "pool/main/libi/libio-multiplex-perl/libio-multiplex-perl_1.16.orig.tar.gz",
        "74d22c44b5ad2e7190e2786e8a17d74bbf4cef89b4d1157ba33598b5a2720dad",
    ),
    (
        "pool/main/libc/libcatmandu-mab2-perl/libcatmandu-mab2-perl_0.24.orig.tar.gz",
        "9ccf6e3fb50b512cc59fc9ff9ad92fd284e164d233cf3f91a2255b998e727b5c",
    ),
    (
        "pool/main/r/rolldice/rolldice_1.16.orig.tar.gz",
        "8bc82b26c418453ef0fe79b43a094641e7a76dae406032423a2f0fb270930775",
    ),
    (
        "pool/main/j/jugglinglab/jugglinglab_0.6.2+ds.1.orig.tar.gz",
        "16962f87e1777060357d7b87e15a7a3cd5095a504d5f31bd5344aefa89e02b41",
    ),
    (
        "pool/main/libs/libsub-infix-perl/libsub-infix-perl_0.004.orig.tar.gz",
        "5caeaada66ab4afdfdae56c023e099880543a9a7c1f931f20a834d5881c15ecb",
    ),
    (
        "pool/main/p/php-horde-serialize/php-horde-serialize_2.0.5.orig.tar.gz",
        "663cd8672a43e3fa6805741d7a3e43bce3f4a59e5ca85e227e60680f22c60375",
    ),
    (
        "pool/main/e/emacs-which-key/emacs-which-key_3.6.0.orig.tar.gz",
        "956f9277d2377e185ba8186d68cd3c4ab72a5409343ce7536cdf47c87f12d344",
    ),
    (
        "pool/main/d/ddpt/ddpt_0.97.orig.tar.xz",
        "13686b1b6e19b75cfafe731ee338b4d45554b81c2a3b6c7a57e406e75b4472ce",
    ),
)
DEBIAN_ARCHIVE = "https://deb.debian.org/debian/"


def download(cache: Path, projects: tuple[str, ...] = PROJECTS) -> list[Path]:
    cache.mkdir(parents=True, exist_ok=True)
    archives = sorted(cache.glob("*.tar.gz"))
    if len(archives) < len(projects):
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
        command += ["--no-binary", ":all:", "-d", str(cache), *projects]
        subprocess.run(command, check=True)
        archives = sorted(cache.glob("*.tar.gz"))
    return archives


def _fetch_once(
    url: str, archive: Path, digest: Callable[[bytes], Any], expected: str, whose: str
) -> Path:
    """``archive``, fetched from ``url`` unless it is there already, and refused unless its
    digest is the one ``whose`` list gives."""
    if not archive.exists():
        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read()
        if digest(data).hexdigest() != expected:
            raise SystemExit(f"{url}: the digest differs from {whose}")
        archive.write_bytes(data)
    return archive


def download_npm(cache: Path, packages: tuple[tuple[str, str, str], ...]) -> list[Path]:
    """Each package's tarball, fetched once and checked against its SHA-1."""
    cache.mkdir(parents=True, exist_ok=True)
    archives = []
    for name, version, sha1 in packages:
        base = name.rsplit("/", 1)[-1]
        archive = cache / f"{name.replace('/', '__')}-{version}.tgz"
        url = f"{NPM_REGISTRY}{urllib.parse.quote(name, safe='@/')}/-/{base}-{version}.tgz"
        archives.append(_fetch_once(url, archive, hashlib.sha1, sha1, "the registry's"))
    return archives


def unpack_npm(archive: Path, into: Path) -> Path:
    """An npm tarball holds one folder (mostly ``package``); the package's root is that folder."""
    target = into / archive.name.removesuffix(".tgz")
    if not target.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    folders = [p for p in target.iterdir() if p.is_dir()]
    return folders[0] if len(folders) == 1 else target


def download_debian(cache: Path, tarballs: tuple[tuple[str, str], ...]) -> list[Path]:
    """Each upstream tarball, fetched once and checked against its SHA-256."""
    cache.mkdir(parents=True, exist_ok=True)
    archives = []
    for where, sha256 in tarballs:
        archive = cache / where.rsplit("/", 1)[-1]
        url = DEBIAN_ARCHIVE + where
        archives.append(_fetch_once(url, archive, hashlib.sha256, sha256, "the archive's index"))
    return archives


def unpack_debian(archive: Path, into: Path) -> Path:
    """An upstream tarball mostly holds one folder; the project's root is that folder."""
    target = into / archive.name.split(".orig.tar.")[0]
    if not target.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    entries = list(target.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else target


def unpack(archive: Path, into: Path) -> Path:
    target = into / archive.name.removesuffix(".tar.gz")
    if not target.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="data")
    return target


def _skipped(path: Path, root: Path) -> bool:
    """Installed packages and byte-code caches, which are not the standard library's own."""
    parts = path.relative_to(root).parts
    return "site-packages" in parts or "__pycache__" in parts


# Installed packages that are license data on purpose (see --site-packages), by the names of
# their import folders and of their metadata folders ("licensedcode_data-32.1.0.dist-info").
LICENSE_DATA_PACKAGES = ("licensedcode", "licensedcode_data", "licenseid", "licenseclass")


def _license_data(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return "__pycache__" in parts or parts[0].split("-")[0] in LICENSE_DATA_PACKAGES


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:8192] or len(data) > 2_000_000:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _own_license_file(path: Path, root: Path) -> bool:
    """A project's own license file: at an sdist's top, or in an installed distribution's
    metadata folder (``*.dist-info`` or its ``licenses`` folder)."""
    folders = path.relative_to(root).parts[:-1]
    return not folders or (folders[0].endswith(".dist-info") and folders[1:] in ((), ("licenses",)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_cache = Path.home() / ".cache" / "licenseclass-bench" / "sdists"
    parser.add_argument("--cache", type=Path, default=default_cache)
    parser.add_argument("--show", type=int, default=40, help="list at most N alarms")
    parser.add_argument(
        "--wider",
        choices=("tune", "check", "fresh"),
        help="a half of the wider sample, or the fresh one",
    )
    parser.add_argument("--npm", choices=("tune", "check"), help="a half of the npm sample")
    parser.add_argument(
        "--debian", choices=("tune", "check"), help="a half of the Debian source sample"
    )
    parser.add_argument("--stdlib", action="store_true", help="the running Python's own library")
    parser.add_argument(
        "--site-packages", action="store_true", help="the packages installed beside it"
    )
    args = parser.parse_args()
    cache: Path = args.cache
    skipped = _skipped
    if args.stdlib:
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        roots, base, what = [stdlib], stdlib.parent, "standard library"
    elif args.site_packages:
        installed = Path(sysconfig.get_paths()["purelib"])
        roots, base, what = [installed], installed, "installed packages"
        skipped = _license_data
    elif args.npm:
        cache = cache.with_name(f"npm-{args.npm}")
        archives = download_npm(cache, NPM[0::2] if args.npm == "tune" else NPM[1::2])
        roots = [unpack_npm(archive, cache / "unpacked") for archive in archives]
        base, what = cache / "unpacked", f"{len(archives)} npm packages"
    elif args.debian:
        cache = cache.with_name(f"debian-{args.debian}")
        archives = download_debian(cache, DEBIAN[0::2] if args.debian == "tune" else DEBIAN[1::2])
        roots = [unpack_debian(archive, cache / "unpacked") for archive in archives]
        base, what = cache / "unpacked", f"{len(archives)} Debian source tarballs"
    else:
        if args.wider:
            cache = cache.with_name(f"sdists-wider-{args.wider}")
            sample = {"tune": WIDER[0::2], "check": WIDER[1::2], "fresh": FRESH}[args.wider]
            archives = download(cache, sample)
        else:
            archives = download(cache)
        roots = [unpack(archive, cache / "unpacked") for archive in archives]
        base, what = cache / "unpacked", f"{len(archives)} sdists"
    levels: collections.Counter[str] = collections.Counter()
    alarms: list[str] = []
    license_files: list[tuple[str, str, str]] = []
    files = 0
    start = time.perf_counter()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not skipped(p, root)):
            text = text_of(path)
            if text is None:
                continue
            files += 1
            found = classify_text(text)
            level = found.verdict.level
            levels[level] += 1
            where = str(path.relative_to(base))
            if level in ("restricted", "closed"):
                reason = found.verdict.reasons[0].message if found.verdict.reasons else ""
                alarms.append(f"{level:10} {where}: {reason[:100]}")
            if _own_license_file(path, root) and path.name.casefold().startswith(LICENSE_NAMES):
                license_files.append((where, found.expression or "-", level))
    elapsed = time.perf_counter() - start
    print(f"{what}, {files} text files, {elapsed:.1f} s")
    print("levels:", dict(sorted(levels.items())))
    print(f"restricted or closed: {len(alarms)} (goal 0)")
    for line in alarms[: args.show]:
        print("  ", line)
    print("project license files:")
    for where, expression, found_level in license_files:
        print(f"   {where}: {expression} [{found_level}]")
    missed = [w for w, e, lv in license_files if e == "-" or lv != "open"]
    print(f"license files not identified as open: {len(missed)} of {len(license_files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
