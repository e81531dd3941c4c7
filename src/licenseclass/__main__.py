from licenseclass.cli import main

raise SystemExit(main())
