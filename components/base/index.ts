export { WxElement, type ContractEventMap } from './wx-element.js';
export { WxModalElement, type ShowOptions } from './modal-element.js';
export { openModal } from './open-modal.js';
export { WxFormElement } from './form-element.js';
