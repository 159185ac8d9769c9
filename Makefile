# SPDX-License-Identifier: Apache-2.0
# make run / make test: install what is missing (Debian/Ubuntu), build, then run or test.

BUILD ?= build
JOBS ?= $(shell nproc)
ASSAY = $(BUILD)/app/assay

# Build and test dependencies (Debian 12 / Ubuntu 22.04+ package names).
PACKAGES = build-essential cmake ninja-build ccache pkg-config \
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-charts-dev qt6-svg-dev \
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins qt6-qpa-plugins \
  libqt6sql6-sqlite libqt6sql6-psql libopencv-dev libsqlite3-dev libpq-dev libsimdjson-dev \
  clang-format libssl-dev libsodium-dev qtkeychain-qt6-dev libsndfile1-dev libzstd-dev libtiff-dev libopenslide-dev libvips-dev libbenchmark-dev xvfb xauth fonts-dejavu-core postgresql poppler-utils \
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
# Only for the demo project: sample photographs, speech synthesis, audio conversion.
DEMO_PACKAGES = opencv-doc espeak-ng sox
# Only for the benchmarks' peers.
BENCH_PACKAGES = python3-nltk python3-numpy

# ccache hits across clones and build folders: paths are made relative to the source tree.
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1

SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
endef

.PHONY: all deps demo-deps bench-deps configure build test sanitize sanitize-core sanitize-formats run demo bench fuzz package translations format clean

all: build

deps:
	$(call install_missing,$(PACKAGES))

demo-deps:
	$(call install_missing,$(DEMO_PACKAGES))

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES))

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build demo-deps
	./resources/demo/make-demo.sh $(ASSAY) demo

# The demo people's keys are in demo/config (see resources/demo/make-demo.sh); each opens with
# the passphrase in resources/demo/passphrase.txt. Without a display the window cannot be seen:
# Assay then runs headless under xvfb-run, saves a picture of the demo into $(SCREENSHOT) and
# exits.
SCREENSHOT ?= demo/assay-screenshot.png

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (gcc) in its own
# folder; SANITIZE_TESTS=REGEX runs only the matching suites. A report fails its test: ASan exits
# non-zero, UBSan stops at the first finding (-fno-sanitize-recover). Leak reports are on; the
# suppressions in tests/sanitize/ cover only system libraries' one-time allocations, each with
# the reason.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_TESTS ?=
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_odr_violation=2 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

$(SANITIZE_BUILD)/build.ninja: | deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DASSAY_SANITIZE=ON \
	  -DASSAY_BUILD_BENCH=OFF

sanitize: deps $(SANITIZE_BUILD)/build.ninja
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS) \
	  $(if $(SANITIZE_TESTS),-R '$(SANITIZE_TESTS)')

# The suites of core only (store, services, formats, the fuzz corpora's replays; ctest label
# "core"). Not part of CI: even this subset, built cold, does not fit CI's time (README).
sanitize-core: deps $(SANITIZE_BUILD)/build.ninja
	cmake --build $(SANITIZE_BUILD) -j $(JOBS) --target core_tests
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS) -L core

# Every parser's seed corpus (tests/fuzz/corpus, the inputs of past findings included) replayed
# through the instrumented parsers: the CSV, COCO, YOLO, VOC, Label Studio, CVAT and JSON Lines
# readers, image headers, event payloads, export manifests and the sync folder's event files,
# with the store, JSON and identity code they call. It builds the lower libraries only, so it
# fits CI's time where the whole sanitized suite does not: .ci/run runs it after `make test`.
sanitize-formats: deps $(SANITIZE_BUILD)/build.ninja
	cmake --build $(SANITIZE_BUILD) -j $(JOBS) --target format_replays
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS) -R '^replay_'

run: demo
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: running Assay headless (under xvfb-run) to save a screenshot of the demo."; \
	  XDG_CONFIG_HOME=$(CURDIR)/demo/config xvfb-run -a -s "-screen 0 1280x800x24" $(ASSAY) demo/demo.assay --screenshot $(SCREENSHOT) \
	    && echo "Saved $(SCREENSHOT); Assay has exited." \
	    && echo "To use the window, run 'make run' where there is a display (for example in a desktop" \
	    && echo "session, or through 'ssh -X'), or start Xvfb with a VNC server (x11vnc) and connect a viewer."; \
	else \
	  XDG_CONFIG_HOME=$(CURDIR)/demo/config $(ASSAY) demo/demo.assay; \
	fi

bench: build bench-deps
	./bench/run-all.sh $(BUILD)

fuzz: deps
	./tests/fuzz/run-fuzzers.sh $${FUZZ_SECONDS:-60} $(CURDIR)/$(BUILD)-fuzz

package: build
	cd $(BUILD) && cpack -G DEB

# Applies .clang-format to every C++ source; the clang_format test checks it stays applied.
format: deps
	cmake -DCLANG_FORMAT=$$(command -v clang-format) -DSOURCE_DIR=$(CURDIR) -DFIX=ON -P cmake/CheckFormat.cmake

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz $(SANITIZE_BUILD)
