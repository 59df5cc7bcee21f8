import { WxElement } from './wx-element.js';

/**
 * A form-associated kit element (the choosers, the uploader): `ElementInternals` and the
 * constraint-validation surface a native form control has. Subclasses set the form value and
 * validity through `internals`.
 */
export abstract class WxFormElement<Events extends object> extends WxElement<Events> {
  static formAssociated = true;

  private internalsCache?: ElementInternals;
  protected get internals(): ElementInternals {
    // Attached on first use rather than in the constructor (no DOM work there).
    return (this.internalsCache ??= this.attachInternals());
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
